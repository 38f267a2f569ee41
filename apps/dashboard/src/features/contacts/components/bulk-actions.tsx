import { Button, Group, Modal, Paper, Select, Stack, TagsInput, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useBulkAssignContacts } from '../api/bulk-assign-contacts';
import { useBulkTagContacts } from '../api/bulk-tag-contacts';

export function BulkActions({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const staff = useStaffMembers();
  const bulkTag = useBulkTagContacts();
  const bulkAssign = useBulkAssignContacts();
  const [tagOpened, tagModal] = useDisclosure(false);
  const [assignOpened, assignModal] = useDisclosure(false);
  const [tags, setTags] = useState<string[]>([]);
  const [ownerId, setOwnerId] = useState<string | null>(null);

  const done = (count: number) => {
    notifySuccess(t('contacts.bulk.done', { count, formatted: formatNumber(count, i18n.language) }));
    onDone();
  };

  return (
    <Paper withBorder radius="md" p="xs" px="md" bg="cyan.0" data-testid="bulk-actions">
      <Group justify="space-between">
        <Text size="sm" fw={500}>{t('contacts.bulk.selected', { count: ids.length, formatted: formatNumber(ids.length, i18n.language) })}</Text>
        <Group gap="xs">
          <Button size="xs" variant="white" onClick={tagModal.open} data-testid="bulk-tag-button">{t('contacts.bulk.tag')}</Button>
          <Button size="xs" variant="white" onClick={assignModal.open} data-testid="bulk-assign-button">{t('contacts.bulk.assign')}</Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onDone}>{t('contacts.bulk.clear')}</Button>
        </Group>
      </Group>

      <Modal opened={tagOpened} onClose={tagModal.close} title={t('contacts.bulk.tag')} centered>
        <Stack>
          <TagsInput label={t('contacts.fields.tags')} value={tags} onChange={setTags} data-testid="bulk-tags" />
          <Group justify="flex-end">
            <Button variant="default" onClick={tagModal.close}>{t('common.cancel')}</Button>
            <Button
              disabled={!tags.length}
              loading={bulkTag.isPending}
              data-testid="bulk-tag-submit"
              onClick={() =>
                bulkTag.mutate(
                  { ids, tags },
                  {
                    onSuccess: (count) => {
                      tagModal.close();
                      setTags([]);
                      done(count);
                    },
                    onError: notifyError,
                  },
                )
              }
            >
              {t('contacts.bulk.apply')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={assignOpened} onClose={assignModal.close} title={t('contacts.bulk.assign')} centered>
        <Stack>
          <Select
            label={t('contacts.fields.owner')}
            data={(staff.data?.edges ?? []).filter(({ node }) => node.status === 'ACTIVE').map(({ node }) => ({ value: node.id, label: node.fullName }))}
            value={ownerId}
            onChange={setOwnerId}
            comboboxProps={{ withinPortal: true }}
            data-testid="bulk-owner"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={assignModal.close}>{t('common.cancel')}</Button>
            <Button
              disabled={!ownerId}
              loading={bulkAssign.isPending}
              data-testid="bulk-assign-submit"
              onClick={() =>
                ownerId &&
                bulkAssign.mutate(
                  { ids, ownerId },
                  {
                    onSuccess: (count) => {
                      assignModal.close();
                      done(count);
                    },
                    onError: notifyError,
                  },
                )
              }
            >
              {t('contacts.bulk.apply')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
