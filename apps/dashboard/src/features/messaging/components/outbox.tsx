import { Badge, Button, Card, CloseButton, Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import type { MessageFilter, MessageStatus, MessagingChannel } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useBulkSend } from '../api/get-bulk-send';
import { useContactName } from '../api/get-contact-name';
import { useMessages } from '../api/get-messages';
import { isNoTransport, MESSAGE_STATUSES, MESSAGING_CHANNELS } from '../lib/status';
import { MessageDrawer } from './message-drawer';
import { MessagesTable } from './messages-table';
import { NoTransportNotice } from './no-transport-notice';

/**
 * The outbox: every message the workspace sent or tried to send (and inbound SMS), newest first. Filters and the
 * open message live in the URL (?status=&channel=&contact=&bulkSendId=&message=), so a view can be linked to.
 */
export function Outbox() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as MessageStatus | null;
  const channel = params.get('channel') as MessagingChannel | null;
  const contactId = params.get('contact');
  const bulkSendId = params.get('bulkSendId');
  const openId = params.get('message');
  const filter = useMemo<MessageFilter>(
    () => ({
      ...(status ? { status } : {}),
      ...(channel ? { channel } : {}),
      ...(contactId ? { contactId } : {}),
      ...(bulkSendId ? { bulkSendId } : {}),
    }),
    [status, channel, contactId, bulkSendId],
  );
  const messages = useMessages(filter);
  const contact = useContactName(contactId);
  const bulkSend = useBulkSend(bulkSendId);
  const rows = messages.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = messages.data?.pages[0]?.totalCount ?? 0;
  const filtered = Object.keys(filter).length > 0;
  const noTransportChannels = [...new Set(rows.filter(isNoTransport).map((m) => m.channel))];

  const setParam = (name: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name !== 'message' },
    );

  return (
    <Stack gap="md">
      {noTransportChannels.length > 0 && (
        <NoTransportNotice channel={noTransportChannels.length === 1 ? noTransportChannels[0] : null} />
      )}
      <Card withBorder radius="lg" padding="lg" data-testid="outbox">
        <Stack>
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Select
              w={220}
              label={t('messaging.columns.status')}
              placeholder={t('messaging.filters.allStatuses')}
              clearable
              data={MESSAGE_STATUSES.map((s) => ({ value: s, label: t(`enums.MessageStatus.${s}`) }))}
              value={status}
              onChange={(v) => setParam('status', v)}
              comboboxProps={{ withinPortal: true }}
              data-testid="outbox-status-filter"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>{t('messaging.columns.channel')}</Text>
              <SegmentedControl
                value={channel ?? 'ALL'}
                onChange={(v) => setParam('channel', v === 'ALL' ? null : v)}
                data={[
                  { value: 'ALL', label: t('messaging.filters.allChannels') },
                  ...MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) })),
                ]}
                data-testid="outbox-channel-filter"
              />
            </div>
            {contactId && (
              <Badge
                size="lg"
                variant="light"
                tt="none"
                rightSection={<CloseButton size="xs" aria-label={t('messaging.filters.clearContact')} onClick={() => setParam('contact', null)} />}
                data-testid="outbox-contact-filter"
              >
                {t('messaging.filters.contact', { name: contact.data?.fullName ?? '…' })}
              </Badge>
            )}
            {bulkSendId && (
              <Badge
                size="lg"
                variant="light"
                tt="none"
                rightSection={<CloseButton size="xs" aria-label={t('messaging.filters.clearBulkSend')} onClick={() => setParam('bulkSendId', null)} />}
                data-testid="outbox-bulk-filter"
              >
                {t('messaging.filters.bulkSend')} {bulkSend.data ? <DateText value={bulkSend.data.createdAt} withTime /> : '…'}
              </Badge>
            )}
          </Group>

          <Text size="sm" c="dimmed" data-testid="outbox-total">
            {t('messaging.outbox.total', { count: total, formatted: formatNumber(total, i18n.language) })}
          </Text>

          {messages.isError && <ErrorAlert error={messages.error} />}
          {messages.isPending && <Skeleton h={240} />}
          {messages.data && rows.length === 0 && (
            <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="outbox-empty">
              {filtered ? t('messaging.outbox.noMatches') : t('messaging.outbox.empty')}
            </Text>
          )}
          {rows.length > 0 && <MessagesTable messages={rows} onOpen={(id) => setParam('message', id)} dimmed={messages.isPlaceholderData} />}
          {messages.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void messages.fetchNextPage()} loading={messages.isFetchingNextPage} data-testid="outbox-load-more">
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      <MessageDrawer messageId={openId} onClose={() => setParam('message', null)} />
    </Stack>
  );
}
