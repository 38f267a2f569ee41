import { ActionIcon, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCreateOrganization } from '../api/create-organization';
import { useOrganizations } from '../api/get-organizations';
import { useLinkContactToOrganization } from '../api/link-contact-to-organization';
import { useUnlinkContactFromOrganization } from '../api/unlink-contact-from-organization';
import { SectionCard } from './section-card';

export function ContactOrganizations({ contact, canWrite }: { contact: ContactDetailFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const unlink = useUnlinkContactFromOrganization();
  return (
    <SectionCard
      title={t('contacts.sections.organizations')}
      testId="contact-organizations"
      actions={canWrite && <Button size="xs" variant="light" onClick={modal.open} data-testid="link-organization">{t('contacts.orgs.link')}</Button>}
    >
      <Stack gap="xs">
        {contact.organizations.length === 0 && <Text size="sm" c="dimmed">{t('contacts.orgs.empty')}</Text>}
        {contact.organizations.map(({ organization, title }) => (
          <Group key={organization.id} justify="space-between" wrap="nowrap">
            <div>
              <Text size="sm" fw={500}>{organization.name}</Text>
              <Text size="xs" c="dimmed">{[title, organization.city].filter(Boolean).join(' · ')}</Text>
            </div>
            {canWrite && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('contacts.orgs.unlink')}
                onClick={() =>
                  unlink.mutate(
                    { contactId: contact.id, organizationId: organization.id },
                    { onSuccess: () => notifySuccess(t('common.removed')), onError: notifyError },
                  )
                }
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {canWrite && <LinkOrganizationModal opened={opened} onClose={modal.close} contactId={contact.id} />}
    </SectionCard>
  );
}

function LinkOrganizationModal({ opened, onClose, contactId }: { opened: boolean; onClose: () => void; contactId: string }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const orgs = useOrganizations(debounced, opened && mode === 'existing');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const link = useLinkContactToOrganization();
  const create = useCreateOrganization();
  const close = () => {
    setOrganizationId(null);
    setName('');
    setTitle('');
    setSearch('');
    link.reset();
    create.reset();
    onClose();
  };
  const doLink = (orgId: string) =>
    link.mutate(
      { contactId, organizationId: orgId, title: title.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.orgs.linked'));
          close();
        },
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t('contacts.orgs.link')} centered>
      <Stack>
        {(link.isError || create.isError) && <ErrorAlert error={link.error ?? create.error} />}
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'existing' | 'new')}
          data={[
            { value: 'existing', label: t('contacts.orgs.existing') },
            { value: 'new', label: t('contacts.orgs.new') },
          ]}
        />
        {mode === 'existing' ? (
          <Select
            label={t('contacts.orgs.organization')}
            searchable
            filter={({ options }) => options}
            searchValue={search}
            onSearchChange={setSearch}
            data={(orgs.data?.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
            value={organizationId}
            onChange={setOrganizationId}
            nothingFoundMessage={t('contacts.noMatches')}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <TextInput label={t('contacts.orgs.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        )}
        <TextInput label={t('contacts.orgs.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button
            loading={link.isPending || create.isPending}
            disabled={mode === 'existing' ? !organizationId : !name.trim()}
            onClick={() => {
              if (mode === 'existing' && organizationId) doLink(organizationId);
              else create.mutate({ name: name.trim() }, { onSuccess: (org) => doLink(org.id) });
            }}
          >
            {t('contacts.orgs.link')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
