import { Badge, Button, Card, Code, Group, SegmentedControl, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { MessageTemplateFilter, MessagingChannel } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { useMessageTemplates } from '../api/get-message-templates';
import { MESSAGING_CHANNELS, sortTemplates, TEMPLATE_LANGUAGES } from '../lib/status';
import { ChannelBadge } from './channel-badge';

/** The workspace's templates by channel and language; translations of one key sit together. */
export function TemplatesList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.templatesWrite);
  const [channel, setChannel] = useState('ALL');
  const [language, setLanguage] = useState('ALL');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const filter = useMemo<MessageTemplateFilter>(
    () => ({
      ...(channel !== 'ALL' ? { channel: channel as MessagingChannel } : {}),
      ...(language !== 'ALL' ? { language } : {}),
      ...(debounced ? { search: debounced } : {}),
    }),
    [channel, language, debounced],
  );
  const templates = useMessageTemplates(filter);
  const rows = sortTemplates(templates.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? []);
  const total = templates.data?.pages[0]?.totalCount ?? 0;
  const filtered = Object.keys(filter).length > 0;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="templates-list">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              w={240}
              label={t('messaging.templates.search')}
              placeholder={t('messaging.templates.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="templates-search"
            />
            <div>
              <Text size="sm" fw={500} mb={4}>{t('messaging.columns.channel')}</Text>
              <SegmentedControl
                value={channel}
                onChange={setChannel}
                data={[{ value: 'ALL', label: t('messaging.filters.allChannels') }, ...MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))]}
                data-testid="templates-channel-filter"
              />
            </div>
            <div>
              <Text size="sm" fw={500} mb={4}>{t('messaging.templates.language')}</Text>
              <SegmentedControl
                value={language}
                onChange={setLanguage}
                data={[{ value: 'ALL', label: t('messaging.filters.allLanguages') }, ...TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`messaging.languages.${l}`) }))]}
                data-testid="templates-language-filter"
              />
            </div>
          </Group>
          {canWrite && (
            <Button component={Link} to={paths.messageTemplateNew} data-testid="template-new">
              {t('messaging.templates.new')}
            </Button>
          )}
        </Group>

        {templates.isError && <ErrorAlert error={templates.error} />}
        {templates.isPending && <Skeleton h={200} />}
        {templates.data && (
          <Text size="sm" c="dimmed">{t('messaging.templates.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        )}
        {templates.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="templates-empty">
            {filtered ? t('messaging.templates.noMatches') : t('messaging.templates.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover style={{ opacity: templates.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('messaging.templates.fields.name')}</Table.Th>
                  <Table.Th>{t('messaging.templates.fields.key')}</Table.Th>
                  <Table.Th>{t('messaging.columns.channel')}</Table.Th>
                  <Table.Th>{t('messaging.templates.language')}</Table.Th>
                  <Table.Th>{t('messaging.columns.purpose')}</Table.Th>
                  <Table.Th>{t('messaging.templates.variables')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('messaging.templates.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((tpl) => {
                  return (
                    <Table.Tr
                      key={tpl.id}
                      data-testid="template-row"
                      data-key={tpl.key}
                      data-language={tpl.language}
                      data-channel={tpl.channel}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(paths.messageTemplate(tpl.id))}
                    >
                      <Table.Td>
                        <Text size="sm" fw={500} c="cyan.8" td="none" component={Link} to={paths.messageTemplate(tpl.id)} onClick={(e) => e.stopPropagation()} dir="auto">
                          {tpl.name}
                        </Text>
                        {tpl.subject && <Text size="xs" c="dimmed" dir="auto" truncate="end" maw={280}>{tpl.subject}</Text>}
                      </Table.Td>
                      <Table.Td><Code>{tpl.key}</Code></Table.Td>
                      <Table.Td>
                        <ChannelBadge channel={tpl.channel} />
                      </Table.Td>
                      <Table.Td><Badge variant="light" color={tpl.language === 'fa' ? 'cyan' : 'grape'} miw="max-content">{t(`messaging.languages.${tpl.language}`)}</Badge></Table.Td>
                      <Table.Td><Text size="sm">{t(`enums.MessagePurpose.${tpl.purpose}`)}</Text></Table.Td>
                      <Table.Td>
                        <Group gap={4} maw={280}>
                          {tpl.variables.map((v) => (
                            <Badge key={v} size="xs" variant="default" tt="none" dir="ltr">{v}</Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}><DateText value={tpl.updatedAt} /></Text></Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {templates.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void templates.fetchNextPage()} loading={templates.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
