import { Badge, Button, Card, Group, Modal, SegmentedControl, Skeleton, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import type { MessagingChannel, SuppressionFilter } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useAddSuppression } from '../api/add-suppression';
import { useSuppressions } from '../api/get-suppressions';
import { useRemoveSuppression } from '../api/remove-suppression';
import { translatingForm } from '../lib/server-text';
import { MESSAGING_CHANNELS } from '../lib/status';
import { RecipientText } from './recipient-text';

const REASON_COLORS: Record<string, string> = { BOUNCED: 'red', COMPLAINED: 'orange', UNSUBSCRIBED: 'yellow', DO_NOT_CONTACT: 'gray' };

/** Addresses marketing is never sent to: bounces, complaints, unsubscribe links and staff entries. */
export function SuppressionsList() {
  const { t, i18n } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.suppressionsWrite);
  const [channel, setChannel] = useState('ALL');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const filter = useMemo<SuppressionFilter>(
    () => ({ ...(channel !== 'ALL' ? { channel: channel as MessagingChannel } : {}), ...(debounced ? { search: debounced } : {}) }),
    [channel, debounced],
  );
  const list = useSuppressions(filter);
  const remove = useRemoveSuppression();
  const [addOpened, add] = useDisclosure(false);
  const rows = list.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = list.data?.pages[0]?.totalCount ?? 0;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="suppressions">
      <Stack>
        <Text size="sm" c="dimmed">{t('messaging.suppressions.description')}</Text>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              w={260}
              label={t('messaging.suppressions.search')}
              placeholder={t('messaging.suppressions.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="suppressions-search"
            />
            <SegmentedControl
              value={channel}
              onChange={setChannel}
              data={[{ value: 'ALL', label: t('messaging.filters.allChannels') }, ...MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))]}
            />
          </Group>
          {canWrite && <Button onClick={add.open} data-testid="suppression-add">{t('messaging.suppressions.add')}</Button>}
        </Group>
        <Text size="sm" c="dimmed">{t('messaging.suppressions.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        {list.isError && <ErrorAlert error={list.error} />}
        {list.isPending && <Skeleton h={160} />}
        {list.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="suppressions-empty">
            {Object.keys(filter).length ? t('messaging.suppressions.noMatches') : t('messaging.suppressions.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('messaging.suppressions.address')}</Table.Th>
                  <Table.Th>{t('messaging.columns.channel')}</Table.Th>
                  <Table.Th>{t('messaging.suppressions.reason')}</Table.Th>
                  <Table.Th>{t('messaging.suppressions.detail')}</Table.Th>
                  <Table.Th>{t('messaging.suppressions.addedAt')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr key={s.id} data-testid="suppression-row" data-address={s.address}>
                    <Table.Td><Text size="sm"><RecipientText channel={s.channel} value={s.address} /></Text></Table.Td>
                    <Table.Td><Text size="sm">{t(`enums.MessagingChannel.${s.channel}`)}</Text></Table.Td>
                    <Table.Td><Badge variant="light" color={REASON_COLORS[s.reason] ?? 'gray'}>{t(`enums.SuppressionReason.${s.reason}`)}</Badge></Table.Td>
                    <Table.Td maw={280}><Text size="sm" c="dimmed" dir="auto" lineClamp={2}>{s.detail ?? '—'}</Text></Table.Td>
                    <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}><DateText value={s.createdAt} /></Text></Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <ConfirmButton
                          label={t('common.remove')}
                          confirmTitle={t('messaging.suppressions.removeTitle')}
                          confirmMessage={t('messaging.suppressions.removeConfirm')}
                          loading={remove.isPending && remove.variables === s.id}
                          data-testid="suppression-remove"
                          onConfirm={() =>
                            remove.mutate(s.id, { onSuccess: () => notifySuccess(t('messaging.suppressions.removed')), onError: notifyError })
                          }
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {canWrite && <AddSuppressionModal opened={addOpened} onClose={add.close} />}
    </Card>
  );
}

function AddSuppressionModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const addSuppression = useAddSuppression();
  const form = useForm({
    initialValues: { channel: 'SMS' as MessagingChannel, address: '', detail: '' },
    validate: { address: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const close = () => {
    form.reset();
    addSuppression.reset();
    onClose();
  };
  const submit = form.onSubmit((v) =>
    addSuppression.mutate(
      { channel: v.channel, address: v.address.trim(), detail: v.detail.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t('messaging.suppressions.added'));
          close();
        },
        onError: (error) => applyFieldErrors(translatingForm(form, t), error),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('messaging.suppressions.addTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="suppression-form">
        <Stack>
          <Text size="sm" c="dimmed">{t('messaging.suppressions.addHint')}</Text>
          {addSuppression.isError && <ErrorAlert error={addSuppression.error} />}
          <SegmentedControl
            data={MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))}
            disabled={addSuppression.isPending}
            {...form.getInputProps('channel')}
          />
          <TextInput
            label={form.getValues().channel === 'SMS' ? t('messaging.suppressions.phone') : t('messaging.suppressions.email')}
            required
            dir="ltr"
            disabled={addSuppression.isPending}
            data-testid="suppression-address"
            {...form.getInputProps('address')}
          />
          <Textarea label={t('messaging.suppressions.detail')} autosize minRows={2} disabled={addSuppression.isPending} {...form.getInputProps('detail')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={addSuppression.isPending} data-testid="suppression-submit">{t('messaging.suppressions.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
