import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zonedDateTimeToInstant, zonedToday, toJalali } from '@peyvand/calendar';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError, toCalendarDateInput, type CalendarDateValue } from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { TASK_KINDS } from '@/config/constants';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import type { TaskKind } from '@/gql/graphql';
import { useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useCreateTask } from '../api/create-task';

function todayValue(locale: string, timeZone: string): CalendarDateValue {
  const g = zonedToday(Date.now(), timeZone);
  if (locale === 'fa') {
    const j = toJalali(g);
    return { calendar: 'JALALI', year: String(j.year), month: String(j.month), day: String(j.day) };
  }
  return { calendar: 'GREGORIAN', year: String(g.year), month: String(g.month), day: String(g.day) };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Pre-set contact (from the 360 page). */
  contactId?: string;
}

export function TaskFormModal({ opened, onClose, contactId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('tasks.create.title')} centered size="lg">
      {opened && <TaskForm onClose={onClose} contactId={contactId} />}
    </Modal>
  );
}

function TaskForm({ onClose, contactId }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const { data: viewer } = useViewer();
  const timeZone = viewer?.workspace.timezone ?? 'Asia/Tehran';
  const staff = useStaffMembers();
  const create = useCreateTask();
  const form = useForm({
    initialValues: {
      kind: 'CALL' as string,
      title: '',
      notes: '',
      due: todayValue(i18n.language, timeZone),
      time: '10:00',
      assigneeId: '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      due: (v) => {
        const key = calendarDateError(v, { requireYear: true });
        return key ? t(key) : null;
      },
      time: (v) => (!v || /^\d{1,2}:\d{2}$/.test(v) ? null : t('validation.time')),
    },
  });

  const submit = form.onSubmit((values) => {
    const due = toCalendarDateInput(values.due);
    const dueAt = due?.year
      ? zonedDateTimeToInstant(
          { calendar: due.calendar === 'JALALI' ? 'jalali' : 'gregorian', year: due.year, month: due.month, day: due.day },
          values.time || '09:00',
          timeZone,
        ).toISOString()
      : null;
    create.mutate(
      {
        kind: values.kind as TaskKind,
        title: values.title.trim(),
        notes: values.notes.trim() || null,
        dueAt,
        assigneeId: values.assigneeId || null,
        contactId: contactId ?? null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('tasks.create.done'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="task-form">
      <Stack>
        {create.isError && <ErrorAlert error={create.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('tasks.fields.kind')}
            allowDeselect={false}
            data={TASK_KINDS.map((k) => ({ value: k, label: t(`enums.TaskKind.${k}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('tasks.fields.assignee')}
            placeholder={t('tasks.fields.assigneeMe')}
            clearable
            data={(staff.data?.edges ?? []).filter(({ node }) => node.status === 'ACTIVE').map(({ node }) => ({ value: node.id, label: node.fullName }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('assigneeId')}
          />
        </SimpleGrid>
        <TextInput label={t('tasks.fields.title')} required data-testid="task-title" {...form.getInputProps('title')} />
        <Textarea label={t('tasks.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Group align="flex-start" grow>
          <CalendarDateInput
            label={t('tasks.fields.dueDate')}
            yearOptional={false}
            value={form.values.due}
            onChange={(v) => form.setFieldValue('due', v)}
            error={form.errors.due}
          />
          <TextInput label={t('tasks.fields.dueTime')} type="time" dir="ltr" maw={140} {...form.getInputProps('time')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending} data-testid="task-submit">{t('tasks.create.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
