import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError, emptyCalendarDate, toCalendarDateInput } from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { IMPORTANT_DATE_KINDS, MESSAGE_CHANNELS } from '@/config/constants';
import type { ContactDetailFieldsFragment, ImportantDateKind, MessageChannel, Recurrence } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { formatCalendarDate, formatPlainDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useAddImportantDate } from '../api/add-important-date';
import { useRemoveImportantDate } from '../api/remove-important-date';
import { DaysUntil } from './days-until';
import { SectionCard } from './section-card';

export function ImportantDates({ contact, canWrite }: { contact: ContactDetailFieldsFragment; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const remove = useRemoveImportantDate();
  const dates = [...contact.importantDates].sort((a, b) => (a.daysUntil ?? 1e9) - (b.daysUntil ?? 1e9));
  return (
    <SectionCard
      title={t('contacts.sections.importantDates')}
      testId="important-dates"
      actions={canWrite && <Button size="xs" variant="light" onClick={modal.open} data-testid="add-important-date">{t('common.add')}</Button>}
    >
      <Stack gap="xs">
        {dates.length === 0 && <Text size="sm" c="dimmed">{t('contacts.dates.empty')}</Text>}
        {dates.map((d) => (
          <Group key={d.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="important-date">
            <div>
              <Text size="sm" fw={500}>
                {d.title || t(`enums.ImportantDateKind.${d.kind}`)}
                <Text span size="xs" c="dimmed" ms={6}>{formatCalendarDate(d.date, i18n.language)}</Text>
              </Text>
              <Text size="xs" c="dimmed">
                {d.nextOccurrence ? (
                  <>
                    {t('contacts.dates.next')}: {formatPlainDate(d.nextOccurrence, i18n.language)} (<DaysUntil days={d.daysUntil} />)
                  </>
                ) : (
                  t('contacts.dates.passed')
                )}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap">
              {d.channel !== 'NONE' && <Badge size="xs" variant="light">{t(`enums.MessageChannel.${d.channel}`)}</Badge>}
              {canWrite && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.remove')}
                  onClick={() => remove.mutate(d.id, { onSuccess: () => notifySuccess(t('common.removed')), onError: notifyError })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      {canWrite && <AddImportantDateModal opened={opened} onClose={modal.close} contactId={contact.id} />}
    </SectionCard>
  );
}

function AddImportantDateModal({ opened, onClose, contactId }: { opened: boolean; onClose: () => void; contactId: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddImportantDate();
  const form = useForm({
    initialValues: {
      kind: 'ANNIVERSARY' as string,
      title: '',
      date: emptyCalendarDate(i18n.language),
      recurrence: 'YEARLY' as string,
      reminderDaysBefore: 1 as number | string,
      channel: 'SMS' as string,
      messageTemplate: '',
    },
    validate: {
      date: (v, values) => {
        const key = calendarDateError(v, { required: true, requireYear: values.recurrence === 'ONCE' });
        return key ? t(key) : null;
      },
    },
  });
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const date = toCalendarDateInput(values.date);
    if (!date) return;
    add.mutate(
      {
        contactId,
        kind: values.kind as ImportantDateKind,
        title: values.title.trim() || null,
        date,
        recurrence: values.recurrence as Recurrence,
        reminderDaysBefore: Number(values.reminderDaysBefore) || 0,
        channel: values.channel as MessageChannel,
        messageTemplate: values.messageTemplate.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.dates.added'));
          close();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={close} title={t('contacts.dates.addTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {add.isError && <ErrorAlert error={add.error} />}
          <SimpleGrid cols={2}>
            <Select
              label={t('contacts.dates.kind')}
              allowDeselect={false}
              data={IMPORTANT_DATE_KINDS.map((k) => ({ value: k, label: t(`enums.ImportantDateKind.${k}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('contacts.dates.title')} {...form.getInputProps('title')} />
          </SimpleGrid>
          <CalendarDateInput
            label={t('contacts.dates.date')}
            required
            value={form.values.date}
            onChange={(v) => form.setFieldValue('date', v)}
            error={form.errors.date}
          />
          <SimpleGrid cols={3}>
            <Select
              label={t('contacts.dates.recurrence')}
              allowDeselect={false}
              data={(['YEARLY', 'ONCE'] as const).map((r) => ({ value: r, label: t(`enums.Recurrence.${r}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('recurrence')}
            />
            <NumberInput label={t('contacts.dates.reminderDaysBefore')} min={0} max={60} {...form.getInputProps('reminderDaysBefore')} />
            <Select
              label={t('contacts.dates.channel')}
              allowDeselect={false}
              data={MESSAGE_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessageChannel.${c}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('channel')}
            />
          </SimpleGrid>
          <Textarea label={t('contacts.dates.messageTemplate')} autosize minRows={2} {...form.getInputProps('messageTemplate')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={add.isPending}>{t('common.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
