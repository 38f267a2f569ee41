import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { Ltr } from '@/components/ltr';
import { PhoneText } from '@/components/phone-text';
import { paths } from '@/config/paths';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMergeContacts } from '../api/merge-contacts';
import { SectionCard } from './section-card';
import { StageBadge } from './stage-badge';

export function PossibleDuplicates({ contact, canWrite }: { contact: ContactDetailFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const merge = useMergeContacts();
  if (contact.possibleDuplicates.length === 0) return null;
  return (
    <SectionCard title={t('contacts.sections.duplicates')} testId="possible-duplicates">
      <Text size="xs" c="dimmed" mb="xs">{t('contacts.duplicates.hint')}</Text>
      <Stack gap="xs">
        {contact.possibleDuplicates.map((d) => (
          <Group key={d.id} justify="space-between" wrap="nowrap" data-testid="duplicate">
            <div>
              <Group gap={6}>
                <Anchor component={Link} to={paths.contact(d.id)} size="sm" fw={500}>{d.fullName}</Anchor>
                <StageBadge stage={d.stage} size="xs" />
              </Group>
              <Text size="xs" c="dimmed">
                <PhoneText value={d.primaryPhone} fallback="" /> {d.email && <Ltr>{d.email}</Ltr>}
              </Text>
            </div>
            {canWrite && (
              <ConfirmButton
                label={t('contacts.duplicates.merge')}
                color="orange"
                confirmTitle={t('contacts.duplicates.mergeTitle')}
                confirmMessage={t('contacts.duplicates.mergeConfirm', { duplicate: d.fullName, primary: contact.fullName })}
                loading={merge.isPending && merge.variables?.duplicateId === d.id}
                data-testid="merge-duplicate"
                onConfirm={() =>
                  merge.mutate(
                    { primaryId: contact.id, duplicateId: d.id },
                    { onSuccess: () => notifySuccess(t('contacts.duplicates.merged')), onError: notifyError },
                  )
                }
              />
            )}
          </Group>
        ))}
      </Stack>
    </SectionCard>
  );
}
