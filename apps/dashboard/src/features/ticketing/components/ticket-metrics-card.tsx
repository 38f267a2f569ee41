import { Card, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatNumber } from '@/lib/format';
import { useTicketMetrics } from '../api/get-ticket-metrics';
import { durationText, percentText } from '../lib/tickets';

const PERIODS = [7, 30, 90] as const;

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} data-testid={`${testId}-value`}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

/** The help desk at a glance (tickets created in the last 7 / 30 / 90 days), from ticketMetrics. */
export function TicketMetricsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  // Whole minutes so the query key stays stable between renders.
  const { from, to } = useMemo(() => {
    const end = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    return { from: new Date(end.getTime() - days * 86_400_000).toISOString(), to: end.toISOString() };
  }, [days]);
  const metrics = useTicketMetrics(from, to);
  const m = metrics.data;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="ticket-metrics">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('tickets.metrics.title')}</Title>
        <SegmentedControl
          size="xs"
          value={String(days)}
          onChange={(v) => setDays(Number(v) as (typeof PERIODS)[number])}
          data={PERIODS.map((d) => ({ value: String(d), label: t('tickets.metrics.lastDays', { count: d, formatted: n(d) }) }))}
          data-testid="ticket-metrics-period"
        />
      </Group>
      {metrics.isError && <ErrorAlert error={metrics.error} />}
      {!m && metrics.isPending && <Skeleton h={90} />}
      {m && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
            <Figure testId="metric-total" label={t('tickets.metrics.total')} value={n(m.total)} hint={t('tickets.metrics.open', { formatted: n(m.open) })} />
            <Figure testId="metric-complaints" label={t('tickets.metrics.complaintRate')} value={percentText(m.complaintRate, lang)} hint={t('tickets.metrics.complaints', { formatted: n(m.complaints) })} />
            <Figure testId="metric-first-response" label={t('tickets.metrics.firstResponse')} value={durationText(m.firstResponse.medianMinutes, lang)} hint={t('tickets.metrics.median')} />
            <Figure testId="metric-resolution" label={t('tickets.metrics.resolution')} value={durationText(m.resolution.medianMinutes, lang)} hint={t('tickets.metrics.median')} />
            <Figure testId="metric-sla" label={t('tickets.metrics.sla')} value={percentText(m.sla.complianceRate, lang)} hint={t('tickets.metrics.measured', { formatted: n(m.sla.measured) })} />
            <Figure
              testId="metric-csat"
              label={t('tickets.metrics.csat')}
              value={m.csat.averageScore == null ? '—' : t('tickets.csat.score', { score: formatNumber(m.csat.averageScore, lang) })}
              hint={t('tickets.metrics.responses', { formatted: n(m.csat.responses), satisfied: percentText(m.csat.satisfiedRate, lang) })}
            />
          </SimpleGrid>
          {m.byCategory.length > 0 && (
            <Group gap="md" data-testid="metric-categories">
              <Text size="xs" c="dimmed">{t('tickets.metrics.byCategory')}:</Text>
              {m.byCategory.slice(0, 6).map((c) => (
                <Text key={c.categoryId ?? 'none'} size="xs">
                  <bdi>{c.categoryId ? (lang === 'fa' ? c.nameFa : c.nameEn) : t('tickets.metrics.noCategory')}</bdi>: <b>{n(c.count)}</b>
                </Text>
              ))}
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}
