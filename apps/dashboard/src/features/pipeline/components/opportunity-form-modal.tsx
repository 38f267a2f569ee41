import { Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { parseISODate, toJalali } from '@peyvand/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError, emptyCalendarDate, toCalendarDateInput, type CalendarDateValue } from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import { MoneyInput } from '@/features/sales/components/money-input';
import type { OpportunityFieldsFragment } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { formatISODate, toGregorian } from '@peyvand/calendar';
import { useCreateOpportunity } from '../api/create-opportunity';
import { useUpdateOpportunity } from '../api/update-opportunity';

interface FormValues {
  title: string;
  contactId: string | null;
  amount: string;
  probability: number | string;
  expectedClose: CalendarDateValue;
  ownerId: string | null;
  notes: string;
}

function dateValueOf(iso: string | null | undefined, locale: string): CalendarDateValue {
  const g = iso ? parseISODate(iso) : null;
  if (!g) return { ...emptyCalendarDate(locale) };
  if (locale === 'fa') {
    const j = toJalali(g);
    return { calendar: 'JALALI', year: String(j.year), month: String(j.month), day: String(j.day) };
  }
  return { calendar: 'GREGORIAN', year: String(g.year), month: String(g.month), day: String(g.day) };
}

function isoOf(v: CalendarDateValue): string | null {
  const d = toCalendarDateInput(v);
  if (!d || !d.year) return null;
  return formatISODate(d.calendar === 'JALALI' ? toGregorian({ year: d.year, month: d.month, day: d.day }) : { year: d.year, month: d.month, day: d.day });
}

/** Creates a deal (in `stageId`, default the first column) or edits one: title, customer, amount, probability, close date, rep. */
export function OpportunityFormModal({
  opened,
  onClose,
  opportunity,
  stageId,
}: {
  opened: boolean;
  onClose: () => void;
  opportunity?: OpportunityFieldsFragment | null;
  stageId?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const staff = useStaffMembers();
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<FormValues>({
    initialValues: {
      title: opportunity?.title ?? '',
      contactId: opportunity?.contactId ?? null,
      amount: opportunity ? rialToInput(opportunity.amount, money.unit) : '',
      probability: opportunity?.probabilityOverridden ? opportunity.probability : '',
      expectedClose: dateValueOf(opportunity?.expectedCloseDate, i18n.language),
      ownerId: opportunity?.owner?.id ?? null,
      notes: opportunity?.notes ?? '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      contactId: (v) => (v ? null : t('validation.required')),
      amount: (v) => {
        const rial = inputToRial(v, money.unit);
        if (rial === null) return t('validation.required');
        return rial === 'invalid' ? t('validation.number') : null;
      },
      expectedClose: (v) => {
        const k = calendarDateError(v, { requireYear: true });
        return k ? t(k) : null;
      },
    },
  });

  const submit = form.onSubmit(async (v) => {
    setError(null);
    const amount = inputToRial(v.amount, money.unit) as number;
    const probability = v.probability === '' ? null : Number(v.probability);
    const expectedCloseDate = isoOf(v.expectedClose);
    try {
      if (opportunity) {
        await update.mutateAsync({
          id: opportunity.id,
          input: { title: v.title.trim(), amount, probability, expectedCloseDate, ownerId: v.ownerId, notes: v.notes.trim() || null },
        });
        notifySuccess(t('pipeline.form.saved'));
      } else {
        await create.mutateAsync({
          title: v.title.trim(),
          contactId: v.contactId!,
          amount,
          ...(probability !== null ? { probability } : {}),
          ...(expectedCloseDate ? { expectedCloseDate } : {}),
          ...(v.ownerId ? { ownerId: v.ownerId } : {}),
          ...(stageId ? { stageId } : {}),
          notes: v.notes.trim() || null,
        });
        notifySuccess(t('pipeline.form.created'));
      }
      onClose();
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={opportunity ? t('pipeline.form.editTitle') : t('pipeline.form.newTitle')} centered size="lg">
      <form onSubmit={submit} data-testid="opportunity-form">
        <Stack>
          <TextInput label={t('pipeline.fields.title')} {...form.getInputProps('title')} data-autofocus data-testid="opportunity-title" />
          {opportunity ? (
            <TextInput label={t('pipeline.fields.contact')} value={opportunity.contact?.fullName ?? ''} readOnly />
          ) : (
            <ContactPicker label={t('pipeline.fields.contact')} value={form.getValues().contactId} onChange={(id) => form.setFieldValue('contactId', id)} error={form.errors.contactId} allowDeselect={false} />
          )}
          <Group grow align="flex-start">
            <MoneyInput label={t('pipeline.fields.amount')} unit={money.unit} value={form.getValues().amount} onChange={(v) => form.setFieldValue('amount', v)} error={form.errors.amount} data-testid="opportunity-amount" />
            <NumberInput
              label={t('pipeline.fields.probability')}
              description={t('pipeline.form.probabilityHint')}
              min={0}
              max={100}
              suffix="%"
              allowDecimal={false}
              {...form.getInputProps('probability')}
              data-testid="opportunity-probability"
            />
          </Group>
          <CalendarDateInput
            label={t('pipeline.fields.expectedClose')}
            value={form.getValues().expectedClose}
            onChange={(v) => form.setFieldValue('expectedClose', v)}
            error={form.errors.expectedClose}
            yearOptional={false}
            data-testid="opportunity-close"
          />
          <Select
            label={t('pipeline.fields.owner')}
            placeholder={t('pipeline.form.ownerDefault')}
            clearable
            data={(staff.data?.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.id, label: e.node.fullName }))}
            {...form.getInputProps('ownerId')}
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea label={t('pipeline.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="opportunity-submit">
              {opportunity ? t('common.save') : t('pipeline.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
