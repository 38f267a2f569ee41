import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatISODate, toGregorian, toJalali, zonedDateTimeToInstant, zonedToday } from '@peyvand/calendar';
import type { MoneyUnit } from '@peyvand/text';
import { fieldErrorsOf } from '@peyvand/web';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError, toCalendarDateInput, type CalendarDateValue } from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import type { PaymentMethod } from '@/gql/graphql';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useRecordPayment } from '../api/record-payment';
import { fieldMessageText } from '../lib/server-text';
import { MoneyInput } from './money-input';

const METHODS: PaymentMethod[] = ['CASH', 'CARD', 'TRANSFER', 'ONLINE', 'CHEQUE', 'OTHER'];
const TIME_ZONE = 'Asia/Tehran';

interface FormValues {
  amount: string;
  method: PaymentMethod;
  reference: string;
  paidAt: CalendarDateValue;
}

function todayValue(locale: string): CalendarDateValue {
  const g = zonedToday(Date.now(), TIME_ZONE);
  if (locale === 'fa') {
    const j = toJalali(g);
    return { calendar: 'JALALI', year: String(j.year), month: String(j.month), day: String(j.day) };
  }
  return { calendar: 'GREGORIAN', year: String(g.year), month: String(g.month), day: String(g.day) };
}

/** A payment against an invoice: amount in Toman or Rial (the balance by default), method, reference and day paid. */
export function RecordPaymentModal({ opened, onClose, invoiceId, balance }: { opened: boolean; onClose: () => void; invoiceId: string; balance: number }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const record = useRecordPayment();
  const [unit, setUnit] = useState<MoneyUnit>(money.unit);
  const [error, setError] = useState<unknown>(null);
  const key = useRef(crypto.randomUUID?.() ?? String(Math.random()));
  const form = useForm<FormValues>({
    initialValues: { amount: rialToInput(balance, money.unit), method: 'CASH', reference: '', paidAt: todayValue(i18n.language) },
    validate: {
      amount: (v) => {
        const rial = inputToRial(v, unit);
        if (rial === null) return t('validation.required');
        if (rial === 'invalid' || rial <= 0) return t('sales.payments.invalidAmount');
        return null;
      },
      paidAt: (v) => {
        const k = calendarDateError(v, { required: true, requireYear: true });
        return k ? t(k) : null;
      },
    },
  });

  const switchUnit = (next: MoneyUnit) => {
    const rial = inputToRial(form.getValues().amount, unit);
    if (typeof rial === 'number') form.setFieldValue('amount', rialToInput(rial, next));
    setUnit(next);
  };

  const submit = form.onSubmit(async (v) => {
    setError(null);
    const amount = inputToRial(v.amount, unit) as number;
    const date = toCalendarDateInput(v.paidAt)!;
    const gregorian = date.calendar === 'JALALI' ? toGregorian({ year: date.year!, month: date.month, day: date.day }) : { year: date.year!, month: date.month, day: date.day };
    const today = zonedToday(Date.now(), TIME_ZONE);
    const isToday = formatISODate(gregorian) === formatISODate(today);
    const paidAt = isToday ? null : zonedDateTimeToInstant(gregorian, '12:00', TIME_ZONE).toISOString();
    try {
      await record.mutateAsync({ invoiceId, input: { amount, method: v.method, reference: v.reference.trim() || null, paidAt }, idempotencyKey: `dashboard:${key.current}:${amount}:${v.method}` });
      notifySuccess(t('sales.payments.recorded'));
      key.current = crypto.randomUUID?.() ?? String(Math.random());
      form.reset();
      onClose();
    } catch (e) {
      const fields = fieldErrorsOf(e);
      const balanceText = money.format(balance);
      if (fields.amount) form.setFieldError('amount', fieldMessageText(fields.amount, t, { balanceText }));
      if (fields.paidAt) form.setFieldError('paidAt', fieldMessageText(fields.paidAt, t));
      if (!fields.amount && !fields.paidAt) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('sales.payments.record')} centered>
      <form onSubmit={submit} data-testid="payment-form">
        <Stack>
          <MoneyInput
            label={t('sales.payments.amount')}
            description={t('sales.payments.balanceHint', { balance: money.format(balance) })}
            unit={unit}
            onUnitChange={switchUnit}
            value={form.getValues().amount}
            onChange={(v) => form.setFieldValue('amount', v)}
            error={form.errors.amount}
            data-testid="payment-amount"
          />
          <Select
            label={t('sales.payments.method')}
            data={METHODS.map((m) => ({ value: m, label: t(`sales.enums.PaymentMethod.${m}`) }))}
            allowDeselect={false}
            {...form.getInputProps('method')}
            comboboxProps={{ withinPortal: true }}
            data-testid="payment-method"
          />
          <TextInput label={t('sales.payments.reference')} {...form.getInputProps('reference')} styles={{ input: { direction: 'ltr', textAlign: 'start' } }} data-testid="payment-reference" />
          <CalendarDateInput
            label={t('sales.payments.paidAt')}
            value={form.getValues().paidAt}
            onChange={(v) => form.setFieldValue('paidAt', v)}
            error={form.errors.paidAt}
            yearOptional={false}
            data-testid="payment-date"
          />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="payment-submit">{t('sales.payments.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
