import { Badge, Button, Card, Code, Group, Modal, Select, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { formatISODate, toGregorianDate, toJalali, zonedToday } from '@peyvand/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  calendarDateError,
  CalendarDateInput,
  type CalendarDateValue,
  calendarDateValueOf,
  toCalendarDateInput,
} from '@/components/calendar-date-input';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import type { JobRunFieldsFragment, JobRunStatus, ScheduledJobsQuery } from '@/gql/graphql';
import { formatNumber, formatPlainDate, toLibCalendarDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useJobRuns } from '../api/get-job-runs';
import { useScheduledJobs } from '../api/get-scheduled-jobs';
import { useRunJobNow } from '../api/run-job-now';

const formatDecimal = (value: number, locale: string) =>
  new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);

type ScheduledJob = ScheduledJobsQuery['scheduledJobs'][number];

const STATUS_COLOR: Record<JobRunStatus, string> = { QUEUED: 'gray', RUNNING: 'blue', SUCCEEDED: 'teal', FAILED: 'red' };
const STATUSES: JobRunStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'];

/** A job's readable name; jobs other modules add later show their id until they get one. */
export function useJobName() {
  const { t, i18n } = useTranslation();
  // Job ids contain dots, the key separator: 'ticketing.sla-check' is looked up as 'ticketing__sla-check'.
  return (job: string) => {
    const key = `automation.jobs.names.${job.replace(/\./g, '__')}`;
    return i18n.exists(key) ? t(key) : job;
  };
}

function RunStatus({ run }: { run: Pick<JobRunFieldsFragment, 'status' | 'errorCount'> }) {
  const { t } = useTranslation();
  const color = run.status === 'SUCCEEDED' && run.errorCount > 0 ? 'orange' : STATUS_COLOR[run.status];
  return (
    <Badge variant="light" color={color} data-testid="job-run-status" data-status={run.status}>
      {run.status === 'SUCCEEDED' && run.errorCount > 0 ? t('automation.jobs.withErrors') : t(`automation.jobs.status.${run.status}`)}
    </Badge>
  );
}

const toPersian = (text: string) => text.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

/** The usual cron shapes in words (every N minutes, hourly at :MM, daily at HH:MM); anything else as the cron line. */
function Schedule({ job }: { job: ScheduledJob }) {
  const { t, i18n } = useTranslation();
  const digits = (text: string) => (i18n.language === 'fa' ? toPersian(text) : text);
  const [minute, hour, dom, month, dow] = job.cron.split(' ');
  const plainDays = dom === '*' && month === '*' && dow === '*';
  let words: string | null = null;
  if (plainDays && hour === '*' && minute === '*') words = t('automation.jobs.everyMinute');
  else if (plainDays && hour === '*' && /^\*\/\d+$/.test(minute)) words = t('automation.jobs.everyMinutes', { n: digits(minute.slice(2)) });
  else if (plainDays && hour === '*' && /^\d+$/.test(minute)) words = t('automation.jobs.hourlyAt', { minute: digits(minute.padStart(2, '0')) });
  else if (plainDays && /^\d+$/.test(hour) && /^\d+$/.test(minute)) words = t('automation.jobs.dailyAt', { time: digits(`${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`) });
  if (words) return <Tooltip label={<Ltr>{`${job.cron} (${job.timeZone})`}</Ltr>}><Text size="sm">{words}</Text></Tooltip>;
  return (
    <Tooltip label={job.timeZone}>
      <Code><Ltr>{job.cron}</Ltr></Code>
    </Tooltip>
  );
}

function RunNowModal({ job, onClose }: { job: ScheduledJob | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const jobName = useJobName();
  const runNow = useRunJobNow();
  const today = zonedToday(Date.now(), job?.timeZone ?? 'Asia/Tehran');
  const initial = (): CalendarDateValue =>
    i18n.language === 'fa'
      ? calendarDateValueOf({ calendar: 'JALALI', ...toJalali(today) }, i18n.language)
      : calendarDateValueOf({ calendar: 'GREGORIAN', ...today }, i18n.language);
  const [day, setDay] = useState<CalendarDateValue>(initial);
  const [submitted, setSubmitted] = useState(false);
  if (!job) return null;
  const daily = job.kind === 'DAILY';
  const error = daily ? calendarDateError(day, { required: true, requireYear: true }) : null;
  const submit = () => {
    setSubmitted(true);
    if (error) return;
    const input = daily ? toCalendarDateInput(day) : null;
    const iso = input ? formatISODate(toGregorianDate(toLibCalendarDate(input) as Parameters<typeof toGregorianDate>[0])) : null;
    runNow.mutate(
      { job: job.job, day: iso },
      {
        onSuccess: () => {
          notifySuccess(t('automation.jobs.runNow.queued'));
          onClose();
        },
        onError: notifyError,
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('automation.jobs.runNow.title', { job: jobName(job.job) })} data-testid="run-now-modal">
      <Stack>
        <Text size="sm" c="dimmed">{daily ? t('automation.jobs.runNow.dailyHelp') : t('automation.jobs.runNow.slotHelp')}</Text>
        {daily && (
          <CalendarDateInput label={t('automation.jobs.runNow.day')} value={day} onChange={setDay} required yearOptional={false}
            error={submitted && error ? t(error) : undefined} data-testid="run-now-day" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={runNow.isPending} data-testid="run-now-submit">{t('automation.jobs.runNow.submit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RunRow({ run }: { run: JobRunFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const jobName = useJobName();
  return (
    <Table.Tr data-testid="job-run-row" data-job={run.job}>
      <Table.Td>
        <Text size="sm" fw={500}>{jobName(run.job)}</Text>
        {run.workspaceOnly && <Text size="xs" c="dimmed">{t('automation.jobs.workspaceOnly')}</Text>}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{run.day ? formatPlainDate(run.day, i18n.language) : <DateText value={run.slot && run.slot !== 'start' && run.slot !== 'manual' ? run.slot : run.queuedAt} withTime />}</Text>
      </Table.Td>
      <Table.Td><Text size="sm">{t(`automation.jobs.trigger.${run.trigger}`)}</Text></Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}><RunStatus run={run} /></Table.Td>
      <Table.Td><Text size="sm"><DateText value={run.startedAt} withTime /></Text></Table.Td>
      <Table.Td>
        <Text size="sm">
          {run.startedAt && run.finishedAt
            ? t('automation.jobs.seconds', { n: formatDecimal((new Date(run.finishedAt).getTime() - new Date(run.startedAt).getTime()) / 1000, i18n.language) })
            : '—'}
        </Text>
      </Table.Td>
      <Table.Td><Text size="sm">{run.items == null ? '—' : formatNumber(run.items, i18n.language)}</Text></Table.Td>
      <Table.Td>
        {run.errorCount === 0 ? (
          <Text size="sm" c="dimmed">—</Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm" c="red">{t('automation.jobs.errorCount', { count: run.errorCount, formatted: formatNumber(run.errorCount, i18n.language) })}</Text>
            {run.errors.slice(0, 3).map((e, i) => (
              <Text key={i} size="xs" c="dimmed" dir="ltr" style={{ wordBreak: 'break-word' }}>{e.message}</Text>
            ))}
          </Stack>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Job history for admins: every scheduled job with its last run, recent runs with counts and errors, and "run now". */
export function JobHistory() {
  const { t, i18n } = useTranslation();
  const jobName = useJobName();
  const jobs = useScheduledJobs();
  const [job, setJob] = useState<string | null>(null);
  const [status, setStatus] = useState<JobRunStatus | null>(null);
  const runs = useJobRuns(job, status);
  const [running, setRunning] = useState<ScheduledJob | null>(null);
  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg" data-testid="scheduled-jobs">
        <Title order={4} mb="md">{t('automation.jobs.scheduledTitle')}</Title>
        {jobs.isError && <ErrorAlert error={jobs.error} />}
        {jobs.isPending && <Skeleton h={160} />}
        {jobs.data && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('automation.jobs.fields.job')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.schedule')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.lastRun')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.lastCompletedDay')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((j) => (
                  <Table.Tr key={j.job} data-testid="scheduled-job-row" data-job={j.job}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{jobName(j.job)}</Text>
                      <Text size="xs" c="dimmed" dir="ltr" ta="start">{j.job}</Text>
                    </Table.Td>
                    <Table.Td><Schedule job={j} /></Table.Td>
                    <Table.Td>
                      {j.lastRun ? (
                        <Group gap="xs" wrap="nowrap">
                          <RunStatus run={j.lastRun} />
                          <Text size="xs" c="dimmed"><DateText value={j.lastRun.finishedAt ?? j.lastRun.startedAt ?? j.lastRun.queuedAt} withTime /></Text>
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">{t('automation.jobs.neverRun')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td><Text size="sm">{j.lastCompletedDay ? formatPlainDate(j.lastCompletedDay, i18n.language) : '—'}</Text></Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setRunning(j)} data-testid="run-now">{t('automation.jobs.runNow.button')}</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder radius="lg" padding="lg" data-testid="job-runs">
        <Group justify="space-between" mb="md" wrap="wrap">
          <Title order={4}>{t('automation.jobs.runsTitle')}</Title>
          <Group gap="sm">
            <Select
              placeholder={t('automation.jobs.allJobs')}
              data={(jobs.data ?? []).map((j) => ({ value: j.job, label: jobName(j.job) }))}
              value={job}
              onChange={setJob}
              clearable
              w={240}
              aria-label={t('automation.jobs.fields.job')}
              data-testid="job-runs-filter-job"
            />
            <Select
              placeholder={t('automation.jobs.allStatuses')}
              data={STATUSES.map((s) => ({ value: s, label: t(`automation.jobs.status.${s}`) }))}
              value={status}
              onChange={(v) => setStatus(v as JobRunStatus | null)}
              clearable
              w={160}
              aria-label={t('automation.jobs.fields.status')}
            />
          </Group>
        </Group>
        {runs.isError && <ErrorAlert error={runs.error} />}
        {runs.isPending && <Skeleton h={200} />}
        {runs.data && runs.data.length === 0 && <Text c="dimmed" size="sm" ta="center" py="lg">{t('automation.jobs.noRuns')}</Text>}
        {runs.data && runs.data.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('automation.jobs.fields.job')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.for')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.trigger')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.status')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.started')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.duration')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.items')}</Table.Th>
                  <Table.Th>{t('automation.jobs.fields.errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.map((run) => <RunRow key={run.id} run={run} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {running && <RunNowModal job={running} onClose={() => setRunning(null)} />}
    </Stack>
  );
}
