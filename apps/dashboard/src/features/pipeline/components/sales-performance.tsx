import { Button, Card, Group, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useSalesPerformance } from '../api/get-sales-performance';
import { currentPeriod, monthName, periodInput, yearText, type SalesPeriod } from '../lib/period';
import { CommissionRules } from './commission-rules';
import { PeriodPicker } from './period-picker';
import { SetQuotaModal } from './set-quota-modal';

function Attainment({ percent }: { percent: number | null | undefined }) {
  const { i18n } = useTranslation();
  if (percent === null || percent === undefined) return <Text size="sm" c="dimmed">—</Text>;
  const color = percent >= 100 ? 'teal' : percent >= 70 ? 'yellow' : 'red';
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress value={Math.min(percent, 100)} color={color} w={100} size="lg" radius="xl" aria-label={`${percent}%`} />
      <Text size="sm" fw={600} data-testid="attainment">{formatNumber(Math.round(percent * 10) / 10, i18n.language)}٪</Text>
    </Group>
  );
}

/** Quotas and commissions per Jalali month or quarter: each rep's target, achieved, attainment and commission; teams. */
export function SalesPerformanceReport() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canManage = usePermission(PERMISSIONS.salesManage);
  const now = currentPeriod('MONTH');
  const [period, setPeriod] = useState<SalesPeriod>(now);
  const report = useSalesPerformance(periodInput(period));
  const [quotaOpened, quotaModal] = useDisclosure(false);
  const label = period.kind === 'MONTH' ? `${monthName(period.index, i18n.language)} ${yearText(period.jalaliYear, i18n.language)}` : `${t(`pipeline.period.quarters.${period.index}`)} ${yearText(period.jalaliYear, i18n.language)}`;
  const reps = report.data?.reps ?? [];
  const teams = report.data?.teams ?? [];
  return (
    <Stack data-testid="sales-performance">
      <Card withBorder radius="lg" padding="lg">
        <Stack>
          <Group justify="space-between" align="flex-end">
            <PeriodPicker value={period} onChange={setPeriod} currentYear={now.jalaliYear} />
            {canManage && <Button onClick={quotaModal.open} data-testid="set-quota">{t('pipeline.quota.set')}</Button>}
          </Group>
          <Title order={4} data-testid="period-label">{label}</Title>
          {report.isError && <ErrorAlert error={report.error} />}
          {report.isPending && <Skeleton h={160} />}
          {report.data && reps.length === 0 && <Text size="sm" c="dimmed" ta="center" py="lg">{t('pipeline.performance.empty')}</Text>}
          {reps.length > 0 && (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} data-testid="performance-reps">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('pipeline.performance.rep')}</Table.Th>
                    <Table.Th ta="end">{t('pipeline.performance.target')}</Table.Th>
                    <Table.Th ta="end">{t('pipeline.performance.achieved')}</Table.Th>
                    <Table.Th>{t('pipeline.performance.attainment')}</Table.Th>
                    <Table.Th ta="end">{t('pipeline.performance.commission')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reps.map((r) => (
                    <Table.Tr key={r.memberId} data-testid="performance-row">
                      <Table.Td><Text size="sm" fw={500}>{r.member?.fullName ?? '—'}</Text></Table.Td>
                      <Table.Td ta="end"><Text size="sm">{r.target !== null && r.target !== undefined ? money.format(r.target) : '—'}</Text></Table.Td>
                      <Table.Td ta="end"><Text size="sm">{money.format(r.achieved)}</Text></Table.Td>
                      <Table.Td><Attainment percent={r.attainmentPercent} /></Table.Td>
                      <Table.Td ta="end"><Text size="sm" fw={600}>{money.format(r.commission)}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {teams.length > 0 && (
            <>
              <Title order={5}>{t('pipeline.performance.teams')}</Title>
              <Table verticalSpacing="sm" data-testid="performance-teams">
                <Table.Tbody>
                  {teams.map((team) => (
                    <Table.Tr key={team.teamId}>
                      <Table.Td><Text size="sm" fw={500}>{team.name}</Text></Table.Td>
                      <Table.Td ta="end"><Text size="sm">{team.target !== null && team.target !== undefined ? money.format(team.target) : '—'}</Text></Table.Td>
                      <Table.Td ta="end"><Text size="sm">{money.format(team.achieved)}</Text></Table.Td>
                      <Table.Td><Attainment percent={team.attainmentPercent} /></Table.Td>
                      <Table.Td ta="end"><Text size="sm" fw={600}>{money.format(team.commission)}</Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Stack>
      </Card>
      <CommissionRules />
      {quotaOpened && <SetQuotaModal opened onClose={quotaModal.close} period={period} periodLabel={label} />}
    </Stack>
  );
}
