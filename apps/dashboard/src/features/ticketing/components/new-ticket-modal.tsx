import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { TicketPriority, TicketType } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { textDirection } from '@/features/messaging/lib/text-direction';
import { useCreateTicket } from '../api/create-ticket';
import { useTicketCategories } from '../api/get-ticket-categories';
import { TICKET_PRIORITIES, TICKET_TYPES, ticketNumber } from '../lib/tickets';

interface Values {
  contactId: string | null;
  subject: string;
  body: string;
  type: TicketType;
  priority: TicketPriority;
  categoryId: string | null;
}

/** A ticket opened by staff for a customer; the server numbers and routes it, then we open it. */
export function NewTicketModal({ opened, onClose, initialContactId = null }: { opened: boolean; onClose: () => void; initialContactId?: string | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const categories = useTicketCategories();
  const create = useCreateTicket();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [fieldErrorShown, setFieldErrorShown] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { contactId: initialContactId, subject: '', body: '', type: 'QUESTION', priority: 'NORMAL', categoryId: null },
    validate: {
      contactId: (v) => (v ? null : t('validation.required')),
      subject: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        idempotencyKey,
        input: {
          contactId: values.contactId!,
          subject: values.subject.trim(),
          body: values.body.trim() || null,
          type: values.type,
          priority: values.priority,
          categoryId: values.categoryId,
        },
      },
      {
        onSuccess: (ticket) => {
          notifySuccess(t('tickets.new.created', { number: ticketNumber(ticket.number, i18n.language) }));
          onClose();
          void navigate(paths.ticket(ticket.id));
        },
        onError: (error) => setFieldErrorShown(applyFieldErrors(form, error)),
      },
    );
  });
  const values = form.getValues();
  return (
    <Modal opened={opened} onClose={onClose} title={t('tickets.new.title')} size="lg" centered>
      <form onSubmit={submit} data-testid="new-ticket-form" noValidate>
        <Stack>
          <ContactPicker label={t('tickets.fields.customer')} value={values.contactId} onChange={(id) => form.setFieldValue('contactId', id)} error={form.errors.contactId} allowDeselect={false} />
          <TextInput label={t('tickets.fields.subject')} required {...form.getInputProps('subject')} dir={textDirection(values.subject, i18n.dir())} data-testid="ticket-subject" />
          <Textarea label={t('tickets.fields.firstMessage')} autosize minRows={3} {...form.getInputProps('body')} dir={textDirection(values.body, i18n.dir())} data-testid="ticket-body" />
          <Group grow align="flex-start">
            <Select
              label={t('tickets.fields.type')}
              data={TICKET_TYPES.map((v) => ({ value: v, label: t(`tickets.enums.TicketType.${v}`) }))}
              {...form.getInputProps('type')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="ticket-type"
            />
            <Select
              label={t('tickets.fields.priority')}
              data={TICKET_PRIORITIES.map((v) => ({ value: v, label: t(`tickets.enums.TicketPriority.${v}`) }))}
              {...form.getInputProps('priority')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="ticket-priority-select"
            />
          </Group>
          <Select
            label={t('tickets.fields.category')}
            description={t('tickets.new.categoryHint')}
            clearable
            data={(categories.data ?? []).map((c) => ({ value: c.id, label: i18n.language === 'fa' ? c.nameFa : c.nameEn }))}
            {...form.getInputProps('categoryId')}
            comboboxProps={{ withinPortal: true }}
            data-testid="ticket-category"
          />
          {create.isError && !fieldErrorShown && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="ticket-create-submit">{t('tickets.new.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
