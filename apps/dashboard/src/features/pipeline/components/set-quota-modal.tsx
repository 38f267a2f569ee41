import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import { MoneyInput } from '@/features/sales/components/money-input';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useSalesQuotas } from '../api/get-sales-quotas';
import { useSalesTeams } from '../api/get-sales-teams';
import { useSetSalesQuota } from '../api/set-sales-quota';
import { periodInput, type SalesPeriod } from '../lib/period';

/** Sets the target of a rep or a team for the chosen period (sales:manage); an existing quota is prefilled. */
export function SetQuotaModal({ opened, onClose, period, periodLabel }: { opened: boolean; onClose: () => void; period: SalesPeriod; periodLabel: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const staff = useStaffMembers();
  const teams = useSalesTeams();
  const quotas = useSalesQuotas(periodInput(period));
  const set = useSetSalesQuota();
  const [target, setTarget] = useState<'MEMBER' | 'TEAM'>('MEMBER');
  const [who, setWho] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const pick = (id: string | null) => {
    setWho(id);
    const existing = quotas.data?.find((q) => (target === 'MEMBER' ? q.memberId === id : q.teamId === id));
    setAmount(existing ? rialToInput(existing.target, money.unit) : '');
  };
  const options =
    target === 'MEMBER'
      ? (staff.data?.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.id, label: e.node.fullName }))
      : (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));
  const submit = async () => {
    const rial = inputToRial(amount, money.unit);
    if (rial === null || rial === 'invalid') {
      setAmountError(rial === null ? t('validation.required') : t('validation.number'));
      return;
    }
    setAmountError(null);
    await set.mutateAsync({ period: periodInput(period), target: rial, ...(target === 'MEMBER' ? { memberId: who } : { teamId: who }) });
    notifySuccess(t('pipeline.quota.saved'));
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('pipeline.quota.title')} centered>
      <Stack data-testid="quota-form">
        <Text size="sm" c="dimmed">{t('pipeline.quota.forPeriod', { period: periodLabel })}</Text>
        <SegmentedControl
          value={target}
          onChange={(v) => {
            setTarget(v as 'MEMBER' | 'TEAM');
            setWho(null);
          }}
          data={[
            { value: 'MEMBER', label: t('pipeline.quota.rep') },
            { value: 'TEAM', label: t('pipeline.quota.team') },
          ]}
        />
        <Select label={target === 'MEMBER' ? t('pipeline.quota.rep') : t('pipeline.quota.team')} data={options} value={who} onChange={pick} searchable comboboxProps={{ withinPortal: true }} data-testid="quota-who" />
        <MoneyInput label={t('pipeline.quota.target')} unit={money.unit} value={amount} onChange={setAmount} error={amountError} data-testid="quota-amount" />
        {set.isError && <ErrorAlert error={set.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={!who} loading={set.isPending} onClick={() => void submit().catch(() => undefined)} data-testid="quota-submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
