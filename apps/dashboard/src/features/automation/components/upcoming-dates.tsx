import { Badge, Button, Card, Group, SegmentedControl, Skeleton, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { formatNumber, formatPlainDate } from '@/lib/format';
import { useUpcomingDates } from '../api/get-upcoming-dates';

/** Important dates whose greeting goes out in the next 7 or 30 days, with the day it is sent (Jalali in fa). */
export function UpcomingDates() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(7);
  const dates = useUpcomingDates(days);
  const rows = dates.data?.pages.flatMap((p) => p.edges.map((e) => e.node));
  const total = dates.data?.pages[0]?.totalCount;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="upcoming-dates">
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed">{t('automation.dates.help')}</Text>
        <SegmentedControl value={String(days)} onChange={(v) => setDays(Number(v))}
          data={[{ value: '7', label: t('automation.dates.next7') }, { value: '30', label: t('automation.dates.next30') }]} />
      </Group>
      {dates.isError && <ErrorAlert error={dates.error} />}
      {dates.isPending && <Skeleton h={160} />}
      {rows && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="lg">{t('automation.dates.empty')}</Text>}
      {rows && rows.length > 0 && total !== undefined && (
        <Text size="sm" c="dimmed" mb="xs" data-testid="upcoming-dates-count">{t('automation.dates.count', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
      )}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('automation.dates.fields.who')}</Table.Th>
                <Table.Th>{t('automation.dates.fields.kind')}</Table.Th>
                <Table.Th>{t('automation.dates.fields.occurrence')}</Table.Th>
                <Table.Th>{t('automation.dates.fields.sendDay')}</Table.Th>
                <Table.Th>{t('automation.dates.fields.channel')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => (
                <Table.Tr key={`${d.importantDateId}:${d.occurrence}`} data-testid="upcoming-date-row">
                  <Table.Td>
                    {d.contactId ? <Text size="sm" component={Link} to={paths.contact(d.contactId)} c="cyan.8">{d.subjectName}</Text> : <Text size="sm">{d.subjectName}</Text>}
                  </Table.Td>
                  <Table.Td><Text size="sm">{d.title || t(`enums.ImportantDateKind.${d.kind}`)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{formatPlainDate(d.occurrence, i18n.language)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{formatPlainDate(d.sendDay, i18n.language)}</Text></Table.Td>
                  <Table.Td><Text size="sm">{t(`enums.MessageChannel.${d.channel}`)}</Text></Table.Td>
                  <Table.Td>{d.handled && <Badge variant="light" color="teal">{t('automation.dates.handled')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dates.hasNextPage && (
        <Group justify="center" mt="md">
          <Button variant="default" onClick={() => void dates.fetchNextPage()} loading={dates.isFetchingNextPage} data-testid="upcoming-dates-more">{t('common.loadMore')}</Button>
        </Group>
      )}
    </Card>
  );
}
