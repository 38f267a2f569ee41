import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { formatIranianPhone } from '@peyvand/phone';
import { useTranslation } from 'react-i18next';
import {
  CalendarDateInput,
  calendarDateError,
  calendarDateValueOf,
  toCalendarDateInput,
  type CalendarDateValue,
} from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { CONTACT_SOURCES, GENDERS, LIFECYCLE_STAGES } from '@/config/constants';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import type { ContactDetailFieldsFragment, ContactSource, Gender, LifecycleStage } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useCreateContact } from '../api/create-contact';
import { useCustomFieldDefinitions } from '../api/get-custom-field-definitions';
import { useUpdateContact } from '../api/update-contact';
import { customFieldError, customFieldsFromForm, customFieldsToForm, phoneError } from '../lib';
import { CustomFieldInput, type CustomFieldFormValue } from './custom-field-input';

interface PhoneRow {
  number: string;
  label: string;
}

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  gender: string;
  birthDate: CalendarDateValue;
  email: string;
  phones: PhoneRow[];
  primaryIndex: string;
  province: string;
  city: string;
  address: string;
  source: string;
  tags: string[];
  ownerId: string;
  notes: string;
  stage: string;
  customFields: Record<string, CustomFieldFormValue>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function initialValues(contact: ContactDetailFieldsFragment | undefined, locale: string, prefill?: { phone?: string }): ContactFormValues {
  const phones = contact?.phones.length
    ? contact.phones.map((p) => ({ number: p.national, label: p.label ?? '' }))
    : [{ number: prefill?.phone ? formatIranianPhone(prefill.phone) : '', label: '' }];
  const primary = contact ? Math.max(0, contact.phones.findIndex((p) => p.isPrimary)) : 0;
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    gender: contact?.gender ?? '',
    birthDate: calendarDateValueOf(contact?.birthDate, locale),
    email: contact?.email ?? '',
    phones,
    primaryIndex: String(primary),
    province: contact?.province ?? '',
    city: contact?.city ?? '',
    address: contact?.address ?? '',
    source: contact?.source ?? 'PHONE',
    tags: contact?.tags ?? [],
    ownerId: contact?.owner?.id ?? '',
    notes: contact?.notes ?? '',
    stage: '',
    customFields: {},
  };
}

interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this contact; create a new one when absent. */
  contact?: ContactDetailFieldsFragment;
  prefill?: { phone?: string };
  onSaved?: (contact: ContactDetailFieldsFragment) => void;
}

export function ContactFormModal({ opened, onClose, ...rest }: ContactFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rest.contact ? t('contacts.form.editTitle') : t('contacts.form.createTitle')}
      size="xl"
      centered
    >
      {/* Mounted only while open, so every opening starts from fresh values. */}
      {opened && <ContactForm onClose={onClose} {...rest} />}
    </Modal>
  );
}

function ContactForm({ contact, prefill, onClose, onSaved }: Omit<ContactFormModalProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const definitions = useCustomFieldDefinitions();
  const defs = definitions.data ?? [];
  const staff = useStaffMembers();
  const create = useCreateContact();
  const update = useUpdateContact();
  const mutation = contact ? update : create;

  const form = useForm<ContactFormValues>({
    initialValues: initialValues(contact, locale, prefill),
    validate: {
      firstName: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('validation.email')),
      birthDate: (v) => {
        const key = calendarDateError(v);
        return key ? t(key) : null;
      },
      phones: {
        number: (v, values, path) => {
          const index = Number(path.split('.')[1]);
          // A single empty row is allowed (a contact without a phone).
          if (!v.trim()) return values.phones.length === 1 && index === 0 ? null : t('validation.required');
          return phoneError(v, locale);
        },
      },
      customFields: (values) => {
        for (const def of defs) {
          const key = customFieldError(def, values[def.key]);
          if (key) return null; // reported per field below
        }
        return null;
      },
    },
  });

  // Custom field values depend on the definitions, which may arrive after the first render.
  const customValues: Record<string, CustomFieldFormValue> = {
    ...customFieldsToForm(defs, contact?.customFields, locale),
    ...form.values.customFields,
  };

  const submit = form.onSubmit((values) => {
    let customInvalid = false;
    for (const def of defs) {
      const key = customFieldError(def, customValues[def.key]);
      if (key) {
        form.setFieldError(`customFields.${def.key}`, t(key));
        customInvalid = true;
      }
    }
    if (customInvalid) return;

    const phones = values.phones
      .map((p, i) => ({ number: p.number.trim(), label: p.label.trim() || null, isPrimary: String(i) === values.primaryIndex }))
      .filter((p) => p.number);
    if (phones.length && !phones.some((p) => p.isPrimary)) phones[0].isPrimary = true;
    const text = (v: string) => v.trim() || null;
    const common = {
      lastName: values.lastName.trim(),
      gender: (values.gender || null) as Gender | null,
      birthDate: toCalendarDateInput(values.birthDate),
      email: text(values.email),
      phones,
      province: text(values.province),
      city: text(values.city),
      address: text(values.address),
      source: values.source as ContactSource,
      tags: values.tags,
      ownerId: values.ownerId || null,
      notes: text(values.notes),
      customFields: customFieldsFromForm(defs, customValues, !!contact),
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    const done = (saved: ContactDetailFieldsFragment) => {
      notifySuccess(contact ? t('contacts.form.updated') : t('contacts.form.created', { name: saved.fullName }));
      onSaved?.(saved);
      onClose();
    };
    if (contact) {
      update.mutate({ id: contact.id, input: { firstName: values.firstName.trim(), ...common } }, { onSuccess: done, onError });
    } else {
      create.mutate(
        {
          firstName: values.firstName.trim(),
          ...common,
          ...(values.stage ? { stage: values.stage as LifecycleStage } : {}),
        },
        { onSuccess: done, onError },
      );
    }
  });

  const staffOptions = (staff.data?.edges ?? [])
    .filter(({ node }) => node.status === 'ACTIVE')
    .map(({ node }) => ({ value: node.id, label: node.fullName }));

  return (
    <form onSubmit={submit} noValidate data-testid="contact-form">
      <Stack>
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contacts.fields.firstName')} required data-testid="contact-first-name" {...form.getInputProps('firstName')} />
          <TextInput label={t('contacts.fields.lastName')} data-testid="contact-last-name" {...form.getInputProps('lastName')} />
          <Select
            label={t('contacts.fields.gender')}
            clearable
            data={GENDERS.map((g) => ({ value: g, label: t(`enums.Gender.${g}`) }))}
            comboboxProps={{ withinPortal: true }}
            data-testid="contact-gender"
            {...form.getInputProps('gender')}
          />
          <TextInput label={t('contacts.fields.email')} type="email" dir="ltr" data-testid="contact-email" {...form.getInputProps('email')} />
        </SimpleGrid>
        <CalendarDateInput
          label={t('contacts.fields.birthDate')}
          data-testid="contact-birth-date"
          value={form.values.birthDate}
          onChange={(v) => form.setFieldValue('birthDate', v)}
          error={form.errors.birthDate}
        />

        <Divider label={t('contacts.fields.phones')} labelPosition="left" />
        <Radio.Group value={form.values.primaryIndex} onChange={(v) => form.setFieldValue('primaryIndex', v)}>
          <Stack gap="xs" data-testid="contact-phones">
            {form.values.phones.map((_, index) => (
              <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  style={{ flex: 2 }}
                  aria-label={t('contacts.fields.phoneNumber')}
                  placeholder="0912 345 6789"
                  dir="ltr"
                  inputMode="tel"
                  data-testid={`contact-phone-${index}`}
                  {...form.getInputProps(`phones.${index}.number`)}
                />
                <TextInput
                  style={{ flex: 1 }}
                  aria-label={t('contacts.fields.phoneLabel')}
                  placeholder={t('contacts.fields.phoneLabel')}
                  {...form.getInputProps(`phones.${index}.label`)}
                />
                <Tooltip label={t('contacts.fields.primaryPhone')}>
                  <Radio value={String(index)} mt={8} aria-label={t('contacts.fields.primaryPhone')} />
                </Tooltip>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={4}
                  aria-label={t('common.remove')}
                  disabled={form.values.phones.length === 1}
                  onClick={() => {
                    form.removeListItem('phones', index);
                    const primary = Number(form.values.primaryIndex);
                    if (primary === index) form.setFieldValue('primaryIndex', '0');
                    else if (primary > index) form.setFieldValue('primaryIndex', String(primary - 1));
                  }}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Radio.Group>
        <Group>
          <Button variant="light" size="xs" onClick={() => form.insertListItem('phones', { number: '', label: '' })} data-testid="contact-add-phone">
            {t('contacts.form.addPhone')}
          </Button>
          <Text size="xs" c="dimmed">{t('contacts.form.primaryHint')}</Text>
        </Group>

        <Divider label={t('contacts.form.addressSection')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contacts.fields.province')} {...form.getInputProps('province')} />
          <TextInput label={t('contacts.fields.city')} data-testid="contact-city" {...form.getInputProps('city')} />
        </SimpleGrid>
        <TextInput label={t('contacts.fields.address')} {...form.getInputProps('address')} />

        <Divider label={t('contacts.form.crmSection')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('contacts.fields.source')}
            allowDeselect={false}
            data={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`enums.ContactSource.${s}`) }))}
            comboboxProps={{ withinPortal: true }}
            data-testid="contact-source"
            {...form.getInputProps('source')}
          />
          <Select
            label={t('contacts.fields.owner')}
            clearable
            data={staffOptions}
            comboboxProps={{ withinPortal: true }}
            data-testid="contact-owner"
            {...form.getInputProps('ownerId')}
          />
          <TagsInput label={t('contacts.fields.tags')} data-testid="contact-tags" {...form.getInputProps('tags')} />
          {!contact && (
            <Select
              label={t('contacts.fields.stage')}
              clearable
              placeholder={t('contacts.form.stageAuto')}
              data={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`enums.LifecycleStage.${s}`) }))}
              comboboxProps={{ withinPortal: true }}
              data-testid="contact-stage"
              {...form.getInputProps('stage')}
            />
          )}
        </SimpleGrid>
        <Textarea label={t('contacts.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />

        {defs.length > 0 && (
          <>
            <Divider label={t('contacts.form.customSection')} labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {defs.map((def) => (
                <CustomFieldInput
                  key={def.id}
                  definition={def}
                  value={customValues[def.key]}
                  error={form.errors[`customFields.${def.key}`]}
                  onChange={(v) => {
                    form.setFieldValue('customFields', { ...customValues, [def.key]: v });
                    form.clearFieldError(`customFields.${def.key}`);
                  }}
                />
              ))}
            </SimpleGrid>
          </>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending} data-testid="contact-submit">
            {contact ? t('common.save') : t('contacts.form.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
