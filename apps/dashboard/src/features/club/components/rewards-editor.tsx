import { Badge, Button, Card, Group, Modal, NumberInput, SegmentedControl, Skeleton, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { CategorySelect } from '@/features/catalog/components/category-select';
import { MoneyInput } from '@/features/catalog/components/money-input';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { bpToPercentInput, formatBp } from '@/features/catalog/lib/percent';
import type { CouponKind, RewardFieldsFragment, RewardKind } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useArchiveReward, useRewards, useSaveReward } from '../api/rewards';
import { clubTranslatingForm } from '../lib/server-text';
import { amountOrNull, voucherValueErrorKey, voucherValueOf } from '../lib/voucher-input';

const KINDS: RewardKind[] = ['VOUCHER', 'FREE_PRODUCT', 'STAMP_CARD'];
const KIND_COLORS: Record<RewardKind, string> = { VOUCHER: 'blue', FREE_PRODUCT: 'teal', STAMP_CARD: 'orange' };

/** The rewards catalog: discount vouchers and free products bought with points, stamp cards filled by purchases. */
export function RewardsEditor() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const [showArchived, setShowArchived] = useState(false);
  const rewards = useRewards(showArchived);
  const archive = useArchiveReward();
  const [editing, setEditing] = useState<RewardFieldsFragment | 'new' | null>(null);
  const rows = rewards.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const terms = (r: RewardFieldsFragment) => {
    if (r.kind === 'STAMP_CARD') return t('club.rewards.stampTerms', { count: r.stampsRequired ?? 0, formatted: formatNumber(r.stampsRequired ?? 0, i18n.language) });
    if (r.kind === 'FREE_PRODUCT') return t('club.rewards.freeProductTerms');
    const value = r.voucherKind === 'PERCENT' ? formatBp(r.voucherValue ?? 0, i18n.language) : money.format(r.voucherValue ?? 0);
    return r.maxDiscount != null ? `${value} · ${t('catalog.coupons.upTo', { amount: money.format(r.maxDiscount) })}` : value;
  };

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="club-rewards">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('club.rewards.description')}</Text>
          <Group>
            <Switch label={t('club.rewards.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />
            {canManage && <Button onClick={() => setEditing('new')} data-testid="reward-new">{t('club.rewards.new')}</Button>}
          </Group>
        </Group>
        {rewards.isError && <ErrorAlert error={rewards.error} />}
        {rewards.isPending && <Skeleton h={160} />}
        {rewards.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('club.rewards.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.rewards.name')}</Table.Th>
                  <Table.Th>{t('club.rewards.kind')}</Table.Th>
                  <Table.Th>{t('club.rewards.pointsCost')}</Table.Th>
                  <Table.Th>{t('club.rewards.terms')}</Table.Th>
                  <Table.Th>{t('club.rewards.validDays')}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-testid="reward-row" data-name={r.name} style={{ cursor: canManage && !r.archived ? 'pointer' : undefined, opacity: r.archived ? 0.6 : 1 }} onClick={() => canManage && !r.archived && setEditing(r)}>
                    <Table.Td>
                      <Text size="sm" fw={600}><bdi>{r.name}</bdi></Text>
                      {r.description && <Text size="xs" c="dimmed" lineClamp={1} maw={280}><bdi>{r.description}</bdi></Text>}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Badge size="sm" variant="light" color={KIND_COLORS[r.kind]} miw="max-content">{t(`club.rewardKind.${r.kind}`)}</Badge>
                        {r.archived && <Badge size="sm" variant="light" color="gray" miw="max-content">{t('club.rewards.archived')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td><Text size="sm">{r.kind === 'STAMP_CARD' ? '—' : t('club.pointsCount', { count: r.pointsCost, formatted: formatNumber(r.pointsCost, i18n.language) })}</Text></Table.Td>
                    <Table.Td><Text size="sm">{terms(r)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{t('club.days', { count: r.validDays, formatted: formatNumber(r.validDays, i18n.language) })}</Text></Table.Td>
                    {canManage && (
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        {!r.archived && (
                          <ConfirmButton
                            label={t('club.rewards.archive')}
                            confirmTitle={t('club.rewards.archiveTitle')}
                            confirmMessage={t('club.rewards.archiveConfirm', { name: r.name })}
                            loading={archive.isPending && archive.variables === r.id}
                            onConfirm={() => archive.mutate(r.id, { onSuccess: () => notifySuccess(t('club.rewards.archivedDone')), onError: notifyError })}
                          />
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {rewards.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void rewards.fetchNextPage()} loading={rewards.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {editing && <RewardModal reward={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function RewardModal({ reward, onClose }: { reward: RewardFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const save = useSaveReward();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      kind: (reward?.kind ?? 'VOUCHER') as RewardKind,
      name: reward?.name ?? '',
      description: reward?.description ?? '',
      pointsCost: (reward?.pointsCost || '') as number | string,
      voucherKind: (reward?.voucherKind ?? 'PERCENT') as CouponKind,
      voucherValue: reward?.voucherValue != null ? (reward.voucherKind === 'PERCENT' ? bpToPercentInput(reward.voucherValue) : rialToInput(reward.voucherValue, money.unit)) : '',
      maxDiscount: rialToInput(reward?.maxDiscount ?? null, money.unit),
      minOrderTotal: rialToInput(reward?.minOrderTotal || null, money.unit),
      validDays: (reward?.validDays ?? 30) as number | string,
      productId: reward?.productId ?? (null as string | null),
      categoryId: reward?.categoryId ?? (null as string | null),
      stampScope: (reward?.categoryId ? 'CATEGORY' : 'PRODUCT') as 'PRODUCT' | 'CATEGORY',
      stampsRequired: (reward?.stampsRequired ?? '') as number | string,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      pointsCost: (v, all) => (all.kind !== 'STAMP_CARD' && !(Number(v) >= 1) ? t('club.fieldErrors.atLeastOne') : null),
      voucherValue: (v, all) => {
        if (all.kind !== 'VOUCHER') return null;
        const key = voucherValueErrorKey(all.voucherKind, v, money.unit);
        return key ? t(key) : null;
      },
      maxDiscount: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
      minOrderTotal: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
      productId: (v, all) => ((all.kind === 'FREE_PRODUCT' || (all.kind === 'STAMP_CARD' && all.stampScope === 'PRODUCT')) && !v ? t('validation.required') : null),
      categoryId: (v, all) => (all.kind === 'STAMP_CARD' && all.stampScope === 'CATEGORY' && !v ? t('validation.required') : null),
      stampsRequired: (v, all) => (all.kind === 'STAMP_CARD' && !(Number(v) >= 1) ? t('validation.required') : null),
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit((v) => {
    setError(null);
    const amount = (text: string) => amountOrNull(text, money.unit);
    const stamp = v.kind === 'STAMP_CARD';
    const voucher = v.kind === 'VOUCHER';
    const percentCap = (voucher && v.voucherKind === 'PERCENT') || (stamp && v.stampScope === 'CATEGORY');
    save.mutate(
      {
        ...(reward ? { id: reward.id } : {}),
        kind: v.kind,
        name: v.name.trim(),
        description: v.description.trim() || null,
        pointsCost: stamp ? null : Number(v.pointsCost),
        voucherKind: voucher ? v.voucherKind : null,
        voucherValue: voucher ? (voucherValueOf(v.voucherKind, v.voucherValue, money.unit) as number) : null,
        maxDiscount: percentCap ? amount(v.maxDiscount) : null,
        minOrderTotal: voucher ? (amount(v.minOrderTotal) ?? 0) : 0,
        validDays: Number(v.validDays) || 30,
        productId: v.kind === 'FREE_PRODUCT' || (stamp && v.stampScope === 'PRODUCT') ? v.productId : null,
        categoryId: stamp && v.stampScope === 'CATEGORY' ? v.categoryId : null,
        stampsRequired: stamp ? Number(v.stampsRequired) : null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('club.rewards.saved'));
          onClose();
        },
        onError: (e) => {
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={reward ? t('club.rewards.editTitle') : t('club.rewards.newTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="reward-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <div>
            <Text size="sm" fw={500} mb={4}>{t('club.rewards.kind')}</Text>
            <SegmentedControl fullWidth disabled={!!reward} data={KINDS.map((k) => ({ value: k, label: t(`club.rewardKind.${k}`) }))} data-testid="reward-kind" {...form.getInputProps('kind')} />
            <Text size="xs" c="dimmed" mt={4}>{t(`club.rewardKindHint.${values.kind}`)}</Text>
          </div>
          <TextInput label={t('club.rewards.name')} required dir="auto" data-testid="reward-name" {...form.getInputProps('name')} />
          <TextInput label={t('club.rewards.memberDescription')} dir="auto" {...form.getInputProps('description')} />
          {values.kind !== 'STAMP_CARD' && (
            <Group grow align="flex-start">
              <NumberInput label={t('club.rewards.pointsCost')} required min={1} allowDecimal={false} allowNegative={false} dir="ltr" data-testid="reward-points" {...form.getInputProps('pointsCost')} />
              <NumberInput label={t('club.rewards.validDays')} min={1} allowDecimal={false} allowNegative={false} dir="ltr" {...form.getInputProps('validDays')} />
            </Group>
          )}
          {values.kind === 'VOUCHER' && (
            <>
              <SegmentedControl data={(['PERCENT', 'FIXED'] as const).map((k) => ({ value: k, label: t(`enums.CouponKind.${k}`) }))} {...form.getInputProps('voucherKind')} />
              <Group grow align="flex-start">
                {values.voucherKind === 'PERCENT' ? (
                  <TextInput label={t('club.rewards.value')} required dir="ltr" inputMode="decimal" rightSection="%" data-testid="reward-value" {...form.getInputProps('voucherValue')} />
                ) : (
                  <MoneyInput label={t('club.rewards.value')} required data-testid="reward-value" {...form.getInputProps('voucherValue')} />
                )}
                {values.voucherKind === 'PERCENT' && <MoneyInput label={t('catalog.coupons.maxDiscount')} {...form.getInputProps('maxDiscount')} />}
                <MoneyInput label={t('catalog.coupons.minOrder')} {...form.getInputProps('minOrderTotal')} />
              </Group>
            </>
          )}
          {values.kind === 'FREE_PRODUCT' && (
            <ProductPicker label={t('club.rewards.product')} required value={values.productId} onChange={(id) => form.setFieldValue('productId', id)} error={form.errors.productId} />
          )}
          {values.kind === 'STAMP_CARD' && (
            <>
              <SegmentedControl data={(['PRODUCT', 'CATEGORY'] as const).map((k) => ({ value: k, label: t(`club.rewards.scope.${k}`) }))} {...form.getInputProps('stampScope')} />
              {values.stampScope === 'PRODUCT' ? (
                <ProductPicker label={t('club.rewards.product')} required value={values.productId} onChange={(id) => form.setFieldValue('productId', id)} error={form.errors.productId} />
              ) : (
                <Group grow align="flex-start">
                  <CategorySelect label={t('club.rewards.category')} required value={values.categoryId} onChange={(id) => form.setFieldValue('categoryId', id)} error={form.errors.categoryId} />
                  <MoneyInput label={t('club.rewards.freeItemCap')} required {...form.getInputProps('maxDiscount')} />
                </Group>
              )}
              <Group grow align="flex-start">
                <NumberInput label={t('club.rewards.stampsRequired')} description={t('club.rewards.stampsHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required min={1} allowDecimal={false} allowNegative={false} dir="ltr" data-testid="reward-stamps" {...form.getInputProps('stampsRequired')} />
                <NumberInput label={t('club.rewards.validDays')} min={1} allowDecimal={false} allowNegative={false} dir="ltr" {...form.getInputProps('validDays')} />
              </Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="reward-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
