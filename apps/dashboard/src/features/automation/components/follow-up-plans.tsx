import { Badge, Button, Card, Drawer, Group, Select, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { FollowUpEnrolmentStatus, FollowUpPlanFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCancelEnrolment } from '../api/cancel-enrolment';
import { useEnrolContact } from '../api/enrol-contact';
import { useEnrolments } from '../api/get-enrolments';
import { useFollowUpPlans } from '../api/get-follow-up-plans';
import { PlanEditorModal } from './plan-editor-modal';

const ENROLMENT_COLOR: Record<FollowUpEnrolmentStatus, string> = { ACTIVE: 'blue', WAITING_CALL: 'orange', COMPLETED: 'teal', CANCELLED: 'gray' };
const STEP_COLOR: Record<string, string> = { SENT: 'teal', DONE: 'teal', CALLING: 'orange', SKIPPED: 'gray', FAILED: 'red', GAVE_UP: 'red' };

function StepsSummary({ plan }: { plan: FollowUpPlanFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {plan.steps.map((s) => (
        <Badge key={s.id} variant="outline" color={s.kind === 'CALL' ? 'orange' : 'cyan'} size="sm">
          {t('automation.plans.stepBadge', { kind: t(`automation.plans.kinds.${s.kind}`), days: formatNumber(s.delayDays, i18n.language) })}
        </Badge>
      ))}
    </Group>
  );
}

/** A plan's enrolments: who follows it, where they are, the steps done (sent, skipped because they bought…). */
function Enrolments({ plan, canWrite }: { plan: FollowUpPlanFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FollowUpEnrolmentStatus | null>(null);
  const enrolments = useEnrolments(plan.id, status);
  const enrol = useEnrolContact();
  const cancel = useCancelEnrolment();
  const [contactId, setContactId] = useState<string | null>(null);
  return (
    <Stack>
      {canWrite && plan.active && (
        <Group align="flex-end">
          <div style={{ flex: 1 }}>
            <ContactPicker label={t('automation.plans.enrolContact')} value={contactId} onChange={setContactId} />
          </div>
          <Button disabled={!contactId} loading={enrol.isPending} data-testid="enrol-submit"
            onClick={() => contactId && enrol.mutate({ planId: plan.id, contactId }, { onSuccess: () => { notifySuccess(t('automation.plans.enrolled')); setContactId(null); }, onError: notifyError })}>
            {t('automation.plans.enrol')}
          </Button>
        </Group>
      )}
      <Select placeholder={t('automation.plans.allStatuses')} clearable value={status} onChange={(v) => setStatus(v as FollowUpEnrolmentStatus | null)}
        data={(['ACTIVE', 'WAITING_CALL', 'COMPLETED', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`automation.plans.enrolmentStatus.${s}`) }))} w={220} />
      {enrolments.isError && <ErrorAlert error={enrolments.error} />}
      {enrolments.isPending && <Skeleton h={120} />}
      {enrolments.data && enrolments.data.length === 0 && <Text c="dimmed" size="sm" ta="center" py="md">{t('automation.plans.noEnrolments')}</Text>}
      {enrolments.data && enrolments.data.length > 0 && (
        <Table verticalSpacing="xs" data-testid="enrolments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('automation.plans.fields.contact')}</Table.Th>
              <Table.Th>{t('automation.plans.fields.status')}</Table.Th>
              <Table.Th>{t('automation.plans.fields.steps')}</Table.Th>
              <Table.Th>{t('automation.plans.fields.nextDue')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrolments.data.map((e) => (
              <Table.Tr key={e.id} data-testid="enrolment-row">
                <Table.Td>
                  <Text size="sm" component={Link} to={paths.contact(e.contactId)} c="cyan.8">{e.contactName}</Text>
                  <Text size="xs" c="dimmed">{t(`automation.plans.triggers.${e.source}`, { defaultValue: e.source })} · <DateText value={e.enrolledAt} /></Text>
                </Table.Td>
                <Table.Td><Badge variant="light" color={ENROLMENT_COLOR[e.status]}>{t(`automation.plans.enrolmentStatus.${e.status}`)}</Badge></Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {e.steps.map((s) => (
                      <Tooltip key={s.position} label={s.reason ? t(`automation.plans.reasons.${s.reason}`, { defaultValue: s.reason }) : t(`automation.plans.stepStatus.${s.status}`)}>
                        <Badge size="sm" variant="light" color={STEP_COLOR[s.status] ?? 'gray'}>{t(`automation.plans.stepStatus.${s.status}`)}</Badge>
                      </Tooltip>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td><Text size="sm"><DateText value={e.nextDueAt} withTime /></Text></Table.Td>
                {canWrite && (
                  <Table.Td>
                    {(e.status === 'ACTIVE' || e.status === 'WAITING_CALL') && (
                      <ConfirmButton label={t('automation.plans.cancelEnrolment')} confirmTitle={t('automation.plans.cancelEnrolment')} confirmMessage={t('automation.plans.cancelConfirm')}
                        loading={cancel.isPending} onConfirm={() => cancel.mutate({ id: e.id }, { onError: notifyError })} data-testid="enrolment-cancel" />
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Follow-up plans: the list, the editor and each plan's enrolments. */
export function FollowUpPlans() {
  const { t, i18n } = useTranslation();
  const canEdit = usePermission(PERMISSIONS.campaignsWrite);
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const plans = useFollowUpPlans();
  const [editing, setEditing] = useState<FollowUpPlanFieldsFragment | 'new' | null>(null);
  const [viewing, setViewing] = useState<FollowUpPlanFieldsFragment | null>(null);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="follow-up-plans">
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed">{t('automation.plans.help')}</Text>
        {canEdit && <Button onClick={() => setEditing('new')} data-testid="plan-new">{t('automation.plans.new')}</Button>}
      </Group>
      {plans.isError && <ErrorAlert error={plans.error} />}
      {plans.isPending && <Skeleton h={160} />}
      {plans.data && plans.data.length === 0 && <Text c="dimmed" size="sm" ta="center" py="lg">{t('automation.plans.empty')}</Text>}
      {plans.data && plans.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('automation.plans.fields.name')}</Table.Th>
                <Table.Th>{t('automation.plans.fields.trigger')}</Table.Th>
                <Table.Th>{t('automation.plans.fields.steps')}</Table.Th>
                <Table.Th>{t('automation.plans.fields.enrolments')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.map((p) => (
                <Table.Tr key={p.id} data-testid="plan-row">
                  <Table.Td>
                    <Text size="sm" fw={600}>{p.name}</Text>
                    {!p.active && <Badge size="xs" color="gray" variant="light">{t('automation.plans.paused')}</Badge>}
                  </Table.Td>
                  <Table.Td><Text size="sm">{t(`automation.plans.triggers.${p.trigger}`)}</Text></Table.Td>
                  <Table.Td><StepsSummary plan={p} /></Table.Td>
                  <Table.Td><Text size="sm">{formatNumber(p.activeEnrolments, i18n.language)}</Text></Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setViewing(p)} data-testid="plan-enrolments">{t('automation.plans.enrolments')}</Button>
                      {canEdit && <Button size="xs" variant="subtle" onClick={() => setEditing(p)} data-testid="plan-edit">{t('common.edit')}</Button>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <PlanEditorModal key={editing === 'new' ? 'new' : editing.id} plan={editing} onClose={() => setEditing(null)} />}
      <Drawer opened={!!viewing} onClose={() => setViewing(null)} position={i18n.dir() === 'rtl' ? 'left' : 'right'} size="xl" title={viewing?.name}>
        {viewing && <Enrolments plan={viewing} canWrite={canWrite} />}
      </Drawer>
    </Card>
  );
}
