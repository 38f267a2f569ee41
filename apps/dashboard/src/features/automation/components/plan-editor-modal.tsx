import { ActionIcon, Button, Card, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Switch, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { isApiError } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpPlanFieldsFragment, FollowUpStepKind, FollowUpTrigger } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useTemplateChoices } from '@/features/messaging/api/get-message-templates';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import { useSaveFollowUpPlan } from '../api/save-follow-up-plan';

export const TRIGGERS: FollowUpTrigger[] = ['MANUAL', 'FIRST_TIME_CUSTOMER', 'FIRST_WEB_ORDER', 'ORDER_DELIVERED', 'BECAME_INACTIVE', 'BECAME_LOST'];
const KINDS: FollowUpStepKind[] = ['SMS', 'CALL', 'EMAIL'];

interface StepForm {
  kind: FollowUpStepKind;
  delayDays: number;
  source: 'template' | 'text';
  templateKey: string | null;
  subject: string;
  body: string;
  callScript: string;
  maxAttempts: number;
  skipIfPurchased: boolean;
  skipIfReplied: boolean;
}

const newStep = (kind: FollowUpStepKind = 'SMS'): StepForm => ({
  kind, delayDays: kind === 'CALL' ? 3 : 0, source: 'text', templateKey: null, subject: '', body: '', callScript: '', maxAttempts: 3, skipIfPurchased: true, skipIfReplied: true,
});

function TemplateSelect({ channel, value, onChange, error }: { channel: 'SMS' | 'EMAIL'; value: string | null; onChange: (v: string | null) => void; error?: string }) {
  const { t } = useTranslation();
  const templates = useTemplateChoices({ channel });
  const keys = [...new Set((templates.data?.edges ?? []).map((e) => e.node.key))];
  return <Select label={t('automation.plans.step.template')} data={keys} value={value} onChange={onChange} searchable error={error} data-testid="step-template" />;
}

/** Creates or edits a follow-up plan: its trigger, team, and ordered steps with delays. */
export function PlanEditorModal({ plan, onClose }: { plan: FollowUpPlanFieldsFragment | null | 'new'; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const existing = plan && plan !== 'new' ? plan : null;
  const staff = useStaffMembers();
  const save = useSaveFollowUpPlan();
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [trigger, setTrigger] = useState<FollowUpTrigger>(existing?.trigger ?? 'MANUAL');
  const [active, setActive] = useState(existing?.active ?? true);
  const [team, setTeam] = useState<string[]>(existing?.teamMemberIds ?? []);
  const [steps, setSteps] = useState<StepForm[]>(
    existing?.steps.map((s) => ({
      kind: s.kind, delayDays: s.delayDays, source: s.templateKey ? 'template' : 'text', templateKey: s.templateKey ?? null, subject: s.subject ?? '',
      body: s.body ?? '', callScript: s.callScript ?? '', maxAttempts: s.maxAttempts, skipIfPurchased: s.skipIfPurchased, skipIfReplied: s.skipIfReplied,
    })) ?? [newStep('SMS'), newStep('CALL')],
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  if (!plan) return null;
  const update = (i: number, patch: Partial<StepForm>) => setSteps((list) => list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) =>
    setSteps((list) => {
      const next = [...list];
      const [s] = next.splice(i, 1);
      next.splice(i + by, 0, s);
      return next;
    });

  const submit = () => {
    setFieldErrors({});
    save.mutate(
      {
        id: existing?.id,
        input: {
          name: name.trim(), description: description.trim() || null, trigger, active, teamMemberIds: team,
          steps: steps.map((s) => ({
            kind: s.kind, delayDays: s.delayDays, maxAttempts: s.maxAttempts, skipIfPurchased: s.skipIfPurchased, skipIfReplied: s.skipIfReplied,
            ...(s.kind === 'CALL'
              ? { callScript: s.callScript.trim() }
              : s.source === 'template'
                ? { templateKey: s.templateKey }
                : { body: s.body.trim(), subject: s.kind === 'EMAIL' ? s.subject.trim() || null : null }),
          })),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(t('automation.plans.saved'));
          onClose();
        },
        onError: (e) => {
          if (isApiError(e) && e.fields.length) setFieldErrors(Object.fromEntries(e.fields.map((f) => [f.field, f.message])));
          else notifyError(e);
        },
      },
    );
  };
  const err = (field: string) => (fieldErrors[field] ? t('automation.plans.invalid', { message: fieldErrors[field] }) : undefined);

  return (
    <Modal opened onClose={onClose} size="xl" title={existing ? t('automation.plans.editTitle') : t('automation.plans.newTitle')} data-testid="plan-editor">
      <Stack>
        <Group grow align="flex-start">
          <TextInput label={t('automation.plans.fields.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={err('input.name')} data-testid="plan-name" />
          <Select label={t('automation.plans.fields.trigger')} data={TRIGGERS.map((v) => ({ value: v, label: t(`automation.plans.triggers.${v}`) }))} value={trigger}
            onChange={(v) => v && setTrigger(v as FollowUpTrigger)} allowDeselect={false} data-testid="plan-trigger" />
        </Group>
        <Textarea label={t('automation.plans.fields.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={1} />
        <Group grow align="flex-end">
          <MultiSelect label={t('automation.plans.fields.team')} description={t('automation.plans.teamHelp')}
            data={(staff.data?.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.id, label: e.node.fullName || e.node.email }))}
            value={team} onChange={setTeam} searchable clearable />
          <Switch label={t('automation.plans.fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        </Group>
        <Text fw={600}>{t('automation.plans.stepsTitle')}</Text>
        {err('input.steps') && <Text c="red" size="sm">{err('input.steps')}</Text>}
        {steps.map((s, i) => (
          <Card key={i} withBorder radius="md" padding="sm" data-testid="plan-step">
            <Group justify="space-between" mb="xs">
              <Text size="sm" fw={600}>{t('automation.plans.step.number', { n: formatNumber(i + 1, i18n.language) })}</Text>
              <Group gap={4}>
                <Tooltip label={t('automation.plans.step.up')}><ActionIcon variant="subtle" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('automation.plans.step.up')}>↑</ActionIcon></Tooltip>
                <Tooltip label={t('automation.plans.step.down')}><ActionIcon variant="subtle" disabled={i === steps.length - 1} onClick={() => move(i, 1)} aria-label={t('automation.plans.step.down')}>↓</ActionIcon></Tooltip>
                <Tooltip label={t('common.remove')}><ActionIcon variant="subtle" color="red" disabled={steps.length === 1} onClick={() => setSteps((l) => l.filter((_, j) => j !== i))} aria-label={t('common.remove')}>×</ActionIcon></Tooltip>
              </Group>
            </Group>
            <Group grow align="flex-start">
              <Select label={t('automation.plans.step.kind')} data={KINDS.map((k) => ({ value: k, label: t(`automation.plans.kinds.${k}`) }))} value={s.kind}
                onChange={(v) => v && update(i, { kind: v as FollowUpStepKind })} allowDeselect={false} data-testid="step-kind" />
              <NumberInput label={t('automation.plans.step.delayDays')} description={i === 0 ? t('automation.plans.step.delayFirst') : t('automation.plans.step.delayNext')}
                value={s.delayDays} onChange={(v) => update(i, { delayDays: Number(v) || 0 })} min={0} max={365} allowDecimal={false} error={err(`input.steps.${i}.delayDays`)} data-testid="step-delay" />
            </Group>
            {s.kind === 'CALL' ? (
              <Stack gap="xs" mt="xs">
                <Textarea label={t('automation.plans.step.callScript')} value={s.callScript} onChange={(e) => update(i, { callScript: e.currentTarget.value })} autosize minRows={2}
                  error={err(`input.steps.${i}.callScript`)} data-testid="step-call-script" />
                <NumberInput label={t('automation.plans.step.maxAttempts')} description={t('automation.plans.step.maxAttemptsHelp')} value={s.maxAttempts}
                  onChange={(v) => update(i, { maxAttempts: Number(v) || 1 })} min={1} max={10} allowDecimal={false} w={220} />
              </Stack>
            ) : (
              <Stack gap="xs" mt="xs">
                <SegmentedControl size="xs" value={s.source} onChange={(v) => update(i, { source: v as StepForm['source'] })}
                  data={[{ value: 'text', label: t('automation.plans.step.text') }, { value: 'template', label: t('automation.plans.step.template') }]} />
                {s.source === 'template' ? (
                  <TemplateSelect channel={s.kind as 'SMS' | 'EMAIL'} value={s.templateKey} onChange={(v) => update(i, { templateKey: v })} error={err(`input.steps.${i}.templateKey`)} />
                ) : (
                  <>
                    {s.kind === 'EMAIL' && <TextInput label={t('automation.plans.step.subject')} value={s.subject} onChange={(e) => update(i, { subject: e.currentTarget.value })} />}
                    <Textarea label={t('automation.plans.step.body')} value={s.body} onChange={(e) => update(i, { body: e.currentTarget.value })} autosize minRows={2}
                      error={err(`input.steps.${i}.templateKey`) ?? err(`input.steps.${i}.body`)} data-testid="step-body" />
                  </>
                )}
              </Stack>
            )}
            <Group mt="xs">
              <Switch size="xs" label={t('automation.plans.step.skipIfPurchased')} checked={s.skipIfPurchased} onChange={(e) => update(i, { skipIfPurchased: e.currentTarget.checked })} />
              <Switch size="xs" label={t('automation.plans.step.skipIfReplied')} checked={s.skipIfReplied} onChange={(e) => update(i, { skipIfReplied: e.currentTarget.checked })} />
            </Group>
          </Card>
        ))}
        <Button variant="light" onClick={() => setSteps((l) => [...l, newStep()])} disabled={steps.length >= 20} data-testid="plan-add-step">{t('automation.plans.addStep')}</Button>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={save.isPending} data-testid="plan-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
