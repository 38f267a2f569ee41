import { Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Skeleton, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError } from '@/components/calendar-date-input';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import type { CouponFieldsFragment, CouponKind } from '@/gql/graphql';
import { usePermission, useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useCreateCoupon } from '../api/create-coupon';
import { useDeactivateCoupon } from '../api/deactivate-coupon';
import { useCoupons } from '../api/get-coupons';
import { useProductCategories } from '../api/get-product-categories';
import { useUpdateCoupon } from '../api/update-coupon';
import { categoryOptions } from '../lib/category-tree';
import { bpToPercentInput, formatBp, percentInputToBp } from '../lib/percent';
import { translatingForm } from '../lib/server-text';
import { dayValueToInstant, instantToDayValue, windowState } from '../lib/validity';
import { MoneyInput } from './money-input';

/** Coupons (campaigns:read to see, campaigns:write to change): code, value, conditions, uses and validity. */
export function CouponsList() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.campaignsWrite);
  const coupons = useCoupons();
  const deactivate = useDeactivateCoupon();
  const [editing, setEditing] = useState<CouponFieldsFragment | 'new' | null>(null);
  const rows = coupons.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const value = (c: CouponFieldsFragment) => (c.kind === 'PERCENT' ? formatBp(c.value, i18n.language) : money.format(c.value));

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="coupons">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('catalog.coupons.description')}</Text>
          {canWrite && <Button onClick={() => setEditing('new')} data-testid="coupon-new">{t('catalog.coupons.new')}</Button>}
        </Group>
        {coupons.isError && <ErrorAlert error={coupons.error} />}
        {coupons.isPending && <Skeleton h={200} />}
        {coupons.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('catalog.coupons.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalog.coupons.code')}</Table.Th>
                  <Table.Th>{t('catalog.coupons.value')}</Table.Th>
                  <Table.Th>{t('catalog.coupons.minOrder')}</Table.Th>
                  <Table.Th>{t('catalog.coupons.uses')}</Table.Th>
                  <Table.Th>{t('catalog.validity.label')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((c) => {
                  const state = c.active ? windowState(c.validFrom, c.validTo) : 'inactive';
                  return (
                    <Table.Tr key={c.id} data-testid="coupon-row" data-code={c.code} style={{ cursor: canWrite ? 'pointer' : undefined }} onClick={() => canWrite && setEditing(c)}>
                      <Table.Td>
                        <Text size="sm" fw={600} ff="monospace"><Ltr>{c.code}</Ltr></Text>
                        {c.description && <Text size="xs" c="dimmed" dir="auto" lineClamp={1} maw={280}>{c.description}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{value(c)}</Text>
                        {c.maxDiscount != null && <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t('catalog.coupons.upTo', { amount: money.format(c.maxDiscount) })}</Text>}
                      </Table.Td>
                      <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{c.minOrderTotal ? money.format(c.minOrderTotal) : '—'}</Text></Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {c.maxUses != null
                            ? t('catalog.coupons.usesOf', { uses: formatNumber(c.uses, i18n.language), max: formatNumber(c.maxUses, i18n.language) })
                            : formatNumber(c.uses, i18n.language)}
                        </Text>
                        {c.perContactLimit != null && <Text size="xs" c="dimmed">{t('catalog.coupons.perContact', { count: c.perContactLimit, formatted: formatNumber(c.perContactLimit, i18n.language) })}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Badge size="sm" variant="light" color={state === 'active' ? 'teal' : state === 'upcoming' ? 'blue' : 'gray'} miw="max-content">
                            {state === 'inactive' ? t('catalog.inactive') : t(`catalog.validity.${state}`)}
                          </Badge>
                          {c.validTo && (
                            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                              {t('catalog.validity.until')} <DateText value={new Date(new Date(c.validTo).getTime() - 1).toISOString()} />
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                      {canWrite && (
                        <Table.Td onClick={(e) => e.stopPropagation()}>
                          {c.active && (
                            <ConfirmButton
                              label={t('catalog.coupons.deactivate')}
                              confirmTitle={t('catalog.coupons.deactivateTitle')}
                              confirmMessage={t('catalog.coupons.deactivateConfirm')}
                              loading={deactivate.isPending && deactivate.variables === c.id}
                              onConfirm={() => deactivate.mutate(c.id, { onSuccess: () => notifySuccess(t('catalog.coupons.deactivated')), onError: notifyError })}
                            />
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {coupons.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void coupons.fetchNextPage()} loading={coupons.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {editing && <CouponModal coupon={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function CouponModal({ coupon, onClose }: { coupon: CouponFieldsFragment | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data: viewer } = useViewer();
  const tz = viewer?.workspace.timezone ?? 'Asia/Tehran';
  const money = useMoney();
  const categories = useProductCategories();
  const create = useCreateCoupon();
  const update = useUpdateCoupon();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      code: coupon?.code ?? '',
      description: coupon?.description ?? '',
      kind: (coupon?.kind ?? 'PERCENT') as CouponKind,
      value: coupon ? (coupon.kind === 'PERCENT' ? bpToPercentInput(coupon.value) : rialToInput(coupon.value, money.unit)) : '',
      maxDiscount: rialToInput(coupon?.maxDiscount ?? null, money.unit),
      minOrderTotal: rialToInput(coupon?.minOrderTotal || null, money.unit),
      categoryIds: coupon?.categoryIds ?? ([] as string[]),
      maxUses: (coupon?.maxUses ?? '') as number | string,
      perContactLimit: (coupon?.perContactLimit ?? '') as number | string,
      validFrom: instantToDayValue(coupon?.validFrom, i18n.language, tz),
      validTo: instantToDayValue(coupon?.validTo, i18n.language, tz, true),
      active: coupon?.active ?? true,
    },
    validate: {
      code: (v) => (/^[\p{L}\p{N}_-]{3,40}$/u.test(v.trim()) ? null : t('catalog.fieldErrors.couponCode')),
      value: (v, values) => {
        const parsed = values.kind === 'PERCENT' ? percentInputToBp(v) : inputToRial(v, money.unit);
        return parsed === null ? t('validation.required') : parsed === 'invalid' || parsed === 0 ? t(values.kind === 'PERCENT' ? 'catalog.fieldErrors.percent' : 'catalog.fieldErrors.amount') : null;
      },
      maxDiscount: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
      minOrderTotal: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
      validFrom: (v) => (calendarDateError(v, { requireYear: true }) ? t('validation.date') : null),
      validTo: (v) => (calendarDateError(v, { requireYear: true }) ? t('validation.date') : null),
    },
  });
  const values = form.getValues();
  const onError = (e: unknown) => {
    if (errorCode(e) === 'CONFLICT') return form.setFieldError('code', t('catalog.fieldErrors.couponTaken'));
    if (!applyFieldErrors(translatingForm(form, t), e)) setError(e);
  };
  const submit = form.onSubmit((v) => {
    setError(null);
    const amount = (text: string) => {
      const r = inputToRial(text, money.unit);
      return typeof r === 'number' ? r : null;
    };
    const common = {
      description: v.description.trim() || null,
      value: (v.kind === 'PERCENT' ? percentInputToBp(v.value) : inputToRial(v.value, money.unit)) as number,
      maxDiscount: v.kind === 'PERCENT' ? amount(v.maxDiscount) : null,
      minOrderTotal: amount(v.minOrderTotal) ?? 0,
      categoryIds: v.categoryIds,
      maxUses: v.maxUses === '' ? null : Number(v.maxUses),
      perContactLimit: v.perContactLimit === '' ? null : Number(v.perContactLimit),
      validFrom: dayValueToInstant(v.validFrom, tz),
      validTo: dayValueToInstant(v.validTo, tz, true),
      active: v.active,
    };
    const done = () => {
      notifySuccess(t('catalog.coupons.saved'));
      onClose();
    };
    if (coupon) update.mutate({ id: coupon.id, input: common }, { onSuccess: done, onError });
    else create.mutate({ ...common, code: v.code.trim(), kind: v.kind }, { onSuccess: done, onError });
  });
  return (
    <Modal opened onClose={onClose} title={coupon ? t('catalog.coupons.editTitle') : t('catalog.coupons.newTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="coupon-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <Group grow align="flex-start">
            <TextInput label={t('catalog.coupons.code')} required dir="ltr" ff="monospace" disabled={!!coupon} data-testid="coupon-code" {...form.getInputProps('code')} />
            <div>
              <Text size="sm" fw={500} mb={4}>{t('catalog.coupons.kind')}</Text>
              <SegmentedControl disabled={!!coupon} data={(['PERCENT', 'FIXED'] as const).map((k) => ({ value: k, label: t(`enums.CouponKind.${k}`) }))} {...form.getInputProps('kind')} />
            </div>
          </Group>
          <TextInput label={t('catalog.fields.description')} dir="auto" {...form.getInputProps('description')} />
          <Group grow align="flex-start">
            {values.kind === 'PERCENT' ? (
              <TextInput label={t('catalog.coupons.value')} required dir="ltr" inputMode="decimal" rightSection="%" data-testid="coupon-value" {...form.getInputProps('value')} />
            ) : (
              <MoneyInput label={t('catalog.coupons.value')} required data-testid="coupon-value" {...form.getInputProps('value')} />
            )}
            {values.kind === 'PERCENT' && <MoneyInput label={t('catalog.coupons.maxDiscount')} {...form.getInputProps('maxDiscount')} />}
            <MoneyInput label={t('catalog.coupons.minOrder')} {...form.getInputProps('minOrderTotal')} />
          </Group>
          <MultiSelect label={t('catalog.coupons.scope')} description={t('catalog.coupons.scopeHint')} data={categoryOptions(categories.data ?? [], i18n.language)} searchable clearable {...form.getInputProps('categoryIds')} />
          <Group grow align="flex-start">
            <NumberInput label={t('catalog.coupons.maxUses')} description={t('catalog.coupons.maxUsesHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} min={1} allowDecimal={false} dir="ltr" {...form.getInputProps('maxUses')} />
            <NumberInput label={t('catalog.coupons.perContactLimit')} description={t('catalog.coupons.perContactHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} min={1} allowDecimal={false} dir="ltr" {...form.getInputProps('perContactLimit')} />
          </Group>
          <Group grow align="flex-start">
            <CalendarDateInput label={t('catalog.validity.from')} yearOptional={false} value={values.validFrom} onChange={(d) => form.setFieldValue('validFrom', d)} error={form.errors.validFrom} />
            <CalendarDateInput label={t('catalog.validity.to')} yearOptional={false} value={values.validTo} onChange={(d) => form.setFieldValue('validTo', d)} error={form.errors.validTo} />
          </Group>
          <Switch label={t('catalog.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="coupon-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
