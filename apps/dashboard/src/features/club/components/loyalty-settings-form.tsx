import { Button, Card, Grid, Group, NumberInput, SegmentedControl, SimpleGrid, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { MoneyInput } from '@/features/catalog/components/money-input';
import { bpToPercentInput } from '@/features/catalog/lib/percent';
import type { CouponKind, LoyaltySettingsFieldsFragment, PointsSource, TierBasis } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useLoyaltySettings, useUpdateLoyaltySettings } from '../api/loyalty-settings';
import { clubTranslatingForm } from '../lib/server-text';
import { amountOrNull, voucherValueErrorKey, voucherValueOf } from '../lib/voucher-input';

/** Sources a daily cap makes sense for (purchases, referrals and birthdays are bounded by themselves). */
export const CAPPABLE_SOURCES: PointsSource[] = ['CALL', 'SMS', 'NEWS', 'SURVEY', 'CONTEST'];

const RULES = ['callPoints', 'smsPoints', 'newsPoints', 'surveyPoints', 'contestPoints', 'referrerPoints', 'refereePoints', 'birthdayPoints'] as const;
type Rule = (typeof RULES)[number];

type Num = number | string;

/** Earning rules, daily caps, tier window and multipliers, expiry and the next-purchase voucher (club:manage to change). */
export function LoyaltySettingsForm() {
  const settings = useLoyaltySettings();
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  if (!settings.data) return <Skeleton h={600} radius="lg" />;
  return <SettingsForm settings={settings.data} />;
}

const intOrNull = (v: Num) => (v === '' || v === null || v === undefined ? null : Number(v));

function SettingsForm({ settings }: { settings: LoyaltySettingsFieldsFragment }) {
  const { t } = useTranslation();
  const money = useMoney();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const update = useUpdateLoyaltySettings();
  const [error, setError] = useState<unknown>(null);
  const caps = Object.fromEntries(CAPPABLE_SOURCES.map((s) => [s, (settings.dailyCaps.find((c) => c.source === s)?.points ?? '') as Num])) as Record<PointsSource, Num>;
  const initial = {
    enabled: settings.enabled,
    purchasePoints: settings.purchasePoints as Num,
    purchaseUnit: rialToInput(settings.purchaseUnit, money.unit),
    ...(Object.fromEntries(RULES.map((r) => [r, settings[r] as Num])) as Record<Rule, Num>),
    caps,
    tierMultipliers: settings.tierMultipliers,
    tierBasis: settings.tierBasis as TierBasis,
    tierWindowMonths: settings.tierWindowMonths as Num,
    expiryMonths: (settings.expiryMonths ?? '') as Num,
    expiryWarningDays: settings.expiryWarningDays as Num,
    nextVoucherEnabled: settings.nextVoucherEnabled,
    nextVoucherKind: settings.nextVoucherKind as CouponKind,
    nextVoucherValue: settings.nextVoucherKind === 'PERCENT' ? bpToPercentInput(settings.nextVoucherValue) : rialToInput(settings.nextVoucherValue, money.unit),
    nextVoucherMaxDiscount: rialToInput(settings.nextVoucherMaxDiscount ?? null, money.unit),
    nextVoucherMinOrder: rialToInput(settings.nextVoucherMinOrder || null, money.unit),
    nextVoucherValidDays: settings.nextVoucherValidDays as Num,
  };
  const form = useForm({
    initialValues: initial,
    validate: {
      purchaseUnit: (v) => {
        const r = inputToRial(v, money.unit);
        return r === null ? t('validation.required') : r === 'invalid' || r === 0 ? t('catalog.fieldErrors.amount') : null;
      },
      nextVoucherValue: (v, all) => {
        if (!all.nextVoucherEnabled) return null;
        const key = voucherValueErrorKey(all.nextVoucherKind, v, money.unit);
        return key ? t(key) : null;
      },
      nextVoucherMaxDiscount: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
      nextVoucherMinOrder: (v) => (inputToRial(v, money.unit) === 'invalid' ? t('catalog.fieldErrors.amount') : null),
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit((v) => {
    setError(null);
    const amount = (text: string) => amountOrNull(text, money.unit);
    const voucherValue = voucherValueOf(v.nextVoucherKind, v.nextVoucherValue, money.unit);
    update.mutate(
      {
        enabled: v.enabled,
        purchasePoints: Number(v.purchasePoints),
        purchaseUnit: amount(v.purchaseUnit) ?? undefined,
        ...(Object.fromEntries(RULES.map((r) => [r, Number(v[r] || 0)])) as Record<Rule, number>),
        dailyCaps: CAPPABLE_SOURCES.filter((s) => v.caps[s] !== '').map((s) => ({ source: s, points: Number(v.caps[s]) })),
        tierMultipliers: v.tierMultipliers,
        tierBasis: v.tierBasis,
        tierWindowMonths: Number(v.tierWindowMonths),
        expiryMonths: intOrNull(v.expiryMonths),
        expiryWarningDays: Number(v.expiryWarningDays || 0),
        nextVoucherEnabled: v.nextVoucherEnabled,
        nextVoucherKind: v.nextVoucherKind,
        ...(typeof voucherValue === 'number' ? { nextVoucherValue: voucherValue } : {}),
        nextVoucherMaxDiscount: v.nextVoucherKind === 'PERCENT' ? amount(v.nextVoucherMaxDiscount) : null,
        nextVoucherMinOrder: amount(v.nextVoucherMinOrder) ?? 0,
        nextVoucherValidDays: Number(v.nextVoucherValidDays),
      },
      {
        onSuccess: () => {
          form.resetDirty();
          notifySuccess(t('club.loyalty.saved'));
        },
        onError: (e) => {
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });
  const points = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <NumberInput label={label} min={0} allowDecimal={false} allowNegative={false} dir="ltr" disabled={!canManage} data-testid={`loyalty-${name}`} {...props} {...form.getInputProps(name)} />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="loyalty-settings-form">
      <Stack gap="lg">
        {error != null && <ErrorAlert error={error} />}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <Section title={t('club.loyalty.earning')}>
                <Switch label={t('club.loyalty.enabled')} disabled={!canManage} {...form.getInputProps('enabled', { type: 'checkbox' })} />
                <div>
                  <Text size="sm" fw={500} mb={4}>{t('club.loyalty.purchaseRule')}</Text>
                  <Group grow align="flex-start">
                    {points('purchasePoints', t('club.loyalty.purchasePoints'))}
                    <MoneyInput label={t('club.loyalty.purchaseUnit')} disabled={!canManage} data-testid="loyalty-purchaseUnit" {...form.getInputProps('purchaseUnit')} />
                  </Group>
                </div>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                  {RULES.map((r) => points(r, t(`club.loyalty.rules.${r}`)))}
                </SimpleGrid>
              </Section>
              <Section title={t('club.loyalty.caps')} hint={t('club.loyalty.capsHint')}>
                <SimpleGrid cols={{ base: 1, sm: 3, md: 5 }}>
                  {CAPPABLE_SOURCES.map((s) => points(`caps.${s}`, t(`club.source.${s}`), { placeholder: t('club.loyalty.noCap') }))}
                </SimpleGrid>
              </Section>
              <Section title={t('club.loyalty.nextVoucher')} hint={t('club.loyalty.nextVoucherHint')}>
                <Switch label={t('club.loyalty.nextVoucherEnabled')} disabled={!canManage} data-testid="loyalty-nextVoucherEnabled" {...form.getInputProps('nextVoucherEnabled', { type: 'checkbox' })} />
                {values.nextVoucherEnabled && (
                  <>
                    <SegmentedControl disabled={!canManage} data={(['PERCENT', 'FIXED'] as const).map((k) => ({ value: k, label: t(`enums.CouponKind.${k}`) }))} {...form.getInputProps('nextVoucherKind')} />
                    <Group grow align="flex-start">
                      {values.nextVoucherKind === 'PERCENT' ? (
                        <TextInput label={t('club.rewards.value')} dir="ltr" inputMode="decimal" rightSection="%" disabled={!canManage} {...form.getInputProps('nextVoucherValue')} />
                      ) : (
                        <MoneyInput label={t('club.rewards.value')} disabled={!canManage} {...form.getInputProps('nextVoucherValue')} />
                      )}
                      {values.nextVoucherKind === 'PERCENT' && <MoneyInput label={t('catalog.coupons.maxDiscount')} disabled={!canManage} {...form.getInputProps('nextVoucherMaxDiscount')} />}
                      <MoneyInput label={t('catalog.coupons.minOrder')} disabled={!canManage} {...form.getInputProps('nextVoucherMinOrder')} />
                      {points('nextVoucherValidDays', t('club.rewards.validDays'), { min: 1 })}
                    </Group>
                  </>
                )}
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <Section title={t('club.loyalty.tiers')}>
                <div>
                  <Text size="sm" fw={500} mb={4}>{t('club.loyalty.tierBasis')}</Text>
                  <SegmentedControl fullWidth disabled={!canManage} data={(['POINTS_EARNED', 'PURCHASE_COUNT'] as const).map((k) => ({ value: k, label: t(`club.tierBasis.${k}`) }))} {...form.getInputProps('tierBasis')} />
                </div>
                {points('tierWindowMonths', t('club.loyalty.tierWindowMonths'), { min: 1 })}
                <Switch label={t('club.loyalty.tierMultipliers')} description={t('club.loyalty.tierMultipliersHint')} disabled={!canManage} {...form.getInputProps('tierMultipliers', { type: 'checkbox' })} />
              </Section>
              <Section title={t('club.loyalty.expiry')}>
                {points('expiryMonths', t('club.loyalty.expiryMonths'), { placeholder: t('club.loyalty.neverExpire'), min: 1, description: t('club.loyalty.expiryMonthsHint'), inputWrapperOrder: ['label', 'input', 'description', 'error'] })}
                {points('expiryWarningDays', t('club.loyalty.expiryWarningDays'), { description: t('club.loyalty.expiryWarningHint'), inputWrapperOrder: ['label', 'input', 'description', 'error'] })}
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
        {canManage && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending} data-testid="loyalty-save">{t('common.save')}</Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg">
      <Stack>
        <div>
          <Title order={3} size="h5">{title}</Title>
          {hint && <Text size="xs" c="dimmed" mt={4}>{hint}</Text>}
        </div>
        {children}
      </Stack>
    </Card>
  );
}
