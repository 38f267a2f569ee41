import { ActionIcon, Badge, Button, Card, Group, Modal, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import { MoneyInput } from '@/features/sales/components/money-input';
import { bpOfPercent, percentOfBp } from '@/features/sales/lib/documents';
import type { CommissionAppliesTo, CommissionBasis, CommissionRuleFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useCommissionRules } from '../api/get-commission-rules';
import { useSalesTeams } from '../api/get-sales-teams';
import { useSetCommissionRule } from '../api/set-commission-rule';

interface TierDraft {
  from: string;
  rate: number | string;
}

function RuleEditor({ rule, onClose }: { rule: CommissionRuleFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const staff = useStaffMembers();
  const teams = useSalesTeams();
  const save = useSetCommissionRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [appliesTo, setAppliesTo] = useState<CommissionAppliesTo>(rule?.appliesTo ?? 'ALL');
  const [who, setWho] = useState<string | null>(rule?.memberId ?? rule?.teamId ?? null);
  const [basis, setBasis] = useState<CommissionBasis>(rule?.basis ?? 'AMOUNT');
  const [tiers, setTiers] = useState<TierDraft[]>(
    rule?.tiers.map((tier) => ({
      from: basis === 'AMOUNT' ? rialToInput(tier.fromAmount ?? 0, money.unit) : String(tier.fromAttainmentPercent ?? 0),
      rate: tier.rateBp / 100,
    })) ?? [{ from: '0', rate: 2 }],
  );
  const [problem, setProblem] = useState<string | null>(null);
  const setTier = (i: number, patch: Partial<TierDraft>) => setTiers(tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const submit = async () => {
    setProblem(null);
    const parsed = tiers.map((tier) => {
      const rateBp = bpOfPercent(tier.rate);
      const from = basis === 'AMOUNT' ? inputToRial(tier.from, money.unit) : Number(tier.from);
      return { rateBp, from };
    });
    if (!name.trim() || parsed.some((p) => p.rateBp === null || p.from === null || p.from === 'invalid' || Number.isNaN(p.from))) {
      setProblem(t('pipeline.commission.invalid'));
      return;
    }
    await save.mutateAsync({
      name: name.trim(),
      appliesTo,
      basis,
      ...(appliesTo === 'MEMBER' ? { memberId: who } : {}),
      ...(appliesTo === 'TEAM' ? { teamId: who } : {}),
      tiers: parsed.map((p) => ({ rateBp: p.rateBp!, ...(basis === 'AMOUNT' ? { fromAmount: p.from as number } : { fromAttainmentPercent: p.from as number }) })),
    });
    notifySuccess(t('pipeline.commission.saved'));
    onClose();
  };
  const whoOptions =
    appliesTo === 'MEMBER'
      ? (staff.data?.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.fullName }))
      : (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));
  return (
    <Modal opened onClose={onClose} title={rule ? t('pipeline.commission.edit') : t('pipeline.commission.new')} size="lg" centered>
      <Stack data-testid="commission-form">
        <TextInput label={t('pipeline.commission.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Group grow>
          <Select
            label={t('pipeline.commission.appliesTo')}
            data={(['ALL', 'MEMBER', 'TEAM'] as const).map((v) => ({ value: v, label: t(`pipeline.enums.CommissionAppliesTo.${v}`) }))}
            value={appliesTo}
            onChange={(v) => {
              setAppliesTo((v ?? 'ALL') as CommissionAppliesTo);
              setWho(null);
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {appliesTo !== 'ALL' && <Select label={t(`pipeline.enums.CommissionAppliesTo.${appliesTo}`)} data={whoOptions} value={who} onChange={setWho} comboboxProps={{ withinPortal: true }} />}
          <Select
            label={t('pipeline.commission.basis')}
            data={(['AMOUNT', 'ATTAINMENT'] as const).map((v) => ({ value: v, label: t(`pipeline.enums.CommissionBasis.${v}`) }))}
            value={basis}
            onChange={(v) => setBasis((v ?? 'AMOUNT') as CommissionBasis)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Table data-testid="tiers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{basis === 'AMOUNT' ? t('pipeline.commission.fromAmount') : t('pipeline.commission.fromAttainment')}</Table.Th>
              <Table.Th>{t('pipeline.commission.rate')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((tier, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  {basis === 'AMOUNT' ? (
                    <MoneyInput size="xs" unit={money.unit} value={tier.from} onChange={(v) => setTier(i, { from: v })} disabled={i === 0} aria-label={t('pipeline.commission.fromAmount')} />
                  ) : (
                    <NumberInput size="xs" suffix="%" min={0} value={tier.from} onChange={(v) => setTier(i, { from: String(v) })} disabled={i === 0} aria-label={t('pipeline.commission.fromAttainment')} />
                  )}
                </Table.Td>
                <Table.Td><NumberInput size="xs" suffix="%" min={0} max={100} decimalScale={2} value={tier.rate} onChange={(v) => setTier(i, { rate: v })} aria-label={t('pipeline.commission.rate')} /></Table.Td>
                <Table.Td>{i > 0 && <ActionIcon variant="subtle" color="red" onClick={() => setTiers(tiers.filter((_, j) => j !== i))} aria-label={t('common.remove')}>×</ActionIcon>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Button variant="subtle" w="fit-content" onClick={() => setTiers([...tiers, { from: '', rate: '' }])}>{t('pipeline.commission.addTier')}</Button>
        {problem && <Text c="red" size="sm">{problem}</Text>}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={save.isPending} onClick={() => void submit().catch(() => undefined)}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Commission rules (percent of paid invoice amounts, tiered by amount or attainment); editable with sales:manage. */
export function CommissionRules() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canManage = usePermission(PERMISSIONS.salesManage);
  const rules = useCommissionRules();
  const [editing, setEditing] = useState<CommissionRuleFieldsFragment | null | undefined>(undefined);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="commission-rules">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('pipeline.commission.title')}</Title>
        {canManage && <Button size="xs" variant="light" onClick={() => setEditing(null)}>{t('pipeline.commission.new')}</Button>}
      </Group>
      {rules.isError && <ErrorAlert error={rules.error} />}
      {rules.data?.length === 0 && <Text size="sm" c="dimmed">{t('pipeline.commission.empty')}</Text>}
      <Stack gap="sm">
        {rules.data?.map((rule) => (
          <Card key={rule.id} withBorder radius="md" padding="sm">
            <Group justify="space-between">
              <Group gap="xs">
                <Text fw={600} size="sm">{rule.name}</Text>
                <Badge variant="light" tt="none">{t(`pipeline.enums.CommissionAppliesTo.${rule.appliesTo}`)}</Badge>
                <Badge variant="light" color="gray" tt="none">{t(`pipeline.enums.CommissionBasis.${rule.basis}`)}</Badge>
              </Group>
              {canManage && <Button size="xs" variant="subtle" onClick={() => setEditing(rule)}>{t('common.edit')}</Button>}
            </Group>
            <Group gap="md" mt={4}>
              {rule.tiers.map((tier, i) => (
                <Text key={i} size="xs" c="dimmed">
                  {rule.basis === 'AMOUNT'
                    ? t('pipeline.commission.tierAmount', { from: money.format(tier.fromAmount ?? 0), rate: percentOfBp(tier.rateBp, i18n.language) })
                    : t('pipeline.commission.tierAttainment', { from: formatNumber(tier.fromAttainmentPercent ?? 0, i18n.language), rate: percentOfBp(tier.rateBp, i18n.language) })}
                </Text>
              ))}
            </Group>
          </Card>
        ))}
      </Stack>
      {editing !== undefined && <RuleEditor rule={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
