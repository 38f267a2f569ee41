import { Badge, Blockquote, Button, Card, Group, SegmentedControl, Skeleton, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PhoneText } from '@/components/phone-text';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { CallOutcome, FollowUpCallScope, FollowUpCallsQuery } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useFollowUpCalls } from '../api/get-follow-up-calls';
import { useRecordCallOutcome } from '../api/record-call-outcome';

const OUTCOMES: Array<{ value: CallOutcome; color: string }> = [
  { value: 'ANSWERED', color: 'teal' },
  { value: 'NO_ANSWER', color: 'orange' },
  { value: 'BUSY', color: 'orange' },
  { value: 'WRONG_NUMBER', color: 'gray' },
  { value: 'NOT_INTERESTED', color: 'gray' },
];

type Call = FollowUpCallsQuery['followUpCalls'][number];

function CallCard({ call, canWrite }: { call: Call; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const record = useRecordCallOutcome();
  const overdue = new Date(call.dueAt).getTime() < Date.now() - 86_400_000;
  const submit = (outcome: CallOutcome) =>
    record.mutate(
      { callId: call.id, outcome, note: note.trim() || null },
      { onSuccess: () => notifySuccess(t('automation.calls.recorded')), onError: notifyError },
    );
  return (
    <Card withBorder radius="md" padding="md" data-testid="follow-up-call">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} component={Link} to={paths.contact(call.contactId)} c="cyan.8">{call.contactName}</Text>
          <Text size="sm"><PhoneText value={call.contactPhone} /></Text>
          <Text size="xs" c="dimmed">{call.planName}</Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <Badge variant="light" color={overdue ? 'red' : 'blue'}>
            {t('automation.calls.attempt', { attempt: formatNumber(call.attempt, i18n.language), max: formatNumber(call.maxAttempts, i18n.language) })}
          </Badge>
          <Text size="xs" c="dimmed"><DateText value={call.dueAt} withTime /></Text>
        </Stack>
      </Group>
      {call.callScript && (
        <Blockquote mt="sm" p="sm" color="cyan" data-testid="call-script">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">{call.callScript}</Text>
        </Blockquote>
      )}
      {canWrite && (
        <Stack gap="xs" mt="sm">
          <Textarea size="sm" autosize minRows={1} placeholder={t('automation.calls.notePlaceholder')} value={note} onChange={(e) => setNote(e.currentTarget.value)}
            aria-label={t('automation.calls.note')} />
          <Group gap="xs">
            {OUTCOMES.map((o) => (
              <Button key={o.value} size="xs" variant={o.value === 'ANSWERED' ? 'filled' : 'light'} color={o.color} loading={record.isPending && record.variables?.outcome === o.value}
                disabled={record.isPending} onClick={() => submit(o.value)} data-testid={`call-outcome-${o.value}`}>
                {t(`automation.calls.outcomes.${o.value}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** "Calls to make today": follow-up calls with their script and one button per outcome (no answer comes back on the next working day). */
export function CallsToMake() {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const [scope, setScope] = useState<FollowUpCallScope>('TODAY');
  const [mine, setMine] = useState(true);
  const calls = useFollowUpCalls(scope, mine);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="calls-to-make">
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl value={scope} onChange={(v) => setScope(v as FollowUpCallScope)}
          data={[{ value: 'TODAY', label: t('automation.calls.scopes.TODAY') }, { value: 'UPCOMING', label: t('automation.calls.scopes.UPCOMING') }]} />
        <Switch checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} label={t('automation.calls.mine')} />
      </Group>
      {calls.isError && <ErrorAlert error={calls.error} />}
      {calls.isPending && <Skeleton h={120} />}
      {calls.data && calls.data.length === 0 && <Text c="dimmed" size="sm" ta="center" py="lg" data-testid="calls-empty">{t(`automation.calls.empty.${scope}`)}</Text>}
      <Stack gap="sm">
        {calls.data?.map((call) => <CallCard key={call.id} call={call} canWrite={canWrite} />)}
      </Stack>
    </Card>
  );
}
