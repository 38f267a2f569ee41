import { ActionIcon, Anchor, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { nextOccurrence } from '@peyvand/calendar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CalendarDateInput,
  calendarDateError,
  emptyCalendarDate,
  toCalendarDateInput,
} from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { RELATIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { ContactDetailFieldsFragment, Relation } from '@/gql/graphql';
import { useViewer } from '@/lib/authorization';
import { formatCalendarDate, formatPlainDate, toLibCalendarDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useAddRelatedPerson } from '../api/add-related-person';
import { useRemoveRelatedPerson } from '../api/remove-related-person';
import { ContactPicker } from './contact-picker';
import { DaysUntil } from './days-until';
import { SectionCard } from './section-card';

export function RelatedPeople({ contact, canWrite }: { contact: ContactDetailFieldsFragment; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const { data: viewer } = useViewer();
  const [opened, modal] = useDisclosure(false);
  const remove = useRemoveRelatedPerson();
  return (
    <SectionCard
      title={t('contacts.sections.relatedPeople')}
      testId="related-people"
      actions={canWrite && <Button size="xs" variant="light" onClick={modal.open} data-testid="add-related-person">{t('common.add')}</Button>}
    >
      <Stack gap="xs">
        {contact.relatedPeople.length === 0 && <Text size="sm" c="dimmed">{t('contacts.related.empty')}</Text>}
        {contact.relatedPeople.map((p) => {
          const next = p.birthDate
            ? nextOccurrence(toLibCalendarDate(p.birthDate), { timeZone: viewer?.workspace.timezone })
            : null;
          return (
            <Group key={p.id} justify="space-between" wrap="nowrap" align="flex-start" data-testid="related-person">
              <div>
                <Text size="sm" fw={500}>
                  {p.relatedContact ? (
                    <Anchor component={Link} to={paths.contact(p.relatedContact.id)} size="sm">{p.relatedContact.fullName}</Anchor>
                  ) : (
                    p.name
                  )}
                  <Text span size="xs" c="dimmed" ms={6}>{t(`enums.Relation.${p.relation}`)}</Text>
                </Text>
                {p.birthDate && (
                  <Text size="xs" c="dimmed">
                    {t('contacts.fields.birthDate')}: {formatCalendarDate(p.birthDate, i18n.language)}
                    {next && (
                      <>
                        {' · '}
                        {t('contacts.dates.next')}: {formatPlainDate(next.gregorian, i18n.language)} (<DaysUntil days={next.daysUntil} />)
                      </>
                    )}
                  </Text>
                )}
                {p.preferences && <Text size="xs">{t('contacts.related.preferences')}: {p.preferences}</Text>}
              </div>
              {canWrite && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.remove')}
                  onClick={() => remove.mutate(p.id, { onSuccess: () => notifySuccess(t('common.removed')), onError: notifyError })}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          );
        })}
      </Stack>
      {canWrite && <AddRelatedPersonModal opened={opened} onClose={modal.close} contactId={contact.id} />}
    </SectionCard>
  );
}

function AddRelatedPersonModal({ opened, onClose, contactId }: { opened: boolean; onClose: () => void; contactId: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddRelatedPerson();
  const [mode, setMode] = useState<'person' | 'contact'>('person');
  const [relation, setRelation] = useState<string>('SPOUSE');
  const [relatedContactId, setRelatedContactId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState(emptyCalendarDate(i18n.language));
  const [preferences, setPreferences] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const close = () => {
    setMode('person');
    setRelatedContactId(null);
    setName('');
    setBirthDate(emptyCalendarDate(i18n.language));
    setPreferences('');
    setErrors({});
    add.reset();
    onClose();
  };
  const submit = () => {
    const dateKey = calendarDateError(birthDate);
    const next = {
      name: mode === 'person' && !name.trim() ? t('validation.required') : null,
      contact: mode === 'contact' && !relatedContactId ? t('validation.required') : null,
      birthDate: dateKey ? t(dateKey) : null,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    add.mutate(
      {
        contactId,
        input:
          mode === 'contact'
            ? { relation: relation as Relation, relatedContactId }
            : {
                relation: relation as Relation,
                name: name.trim(),
                birthDate: toCalendarDateInput(birthDate),
                preferences: preferences.trim() || null,
              },
      },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.related.added'));
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('contacts.related.addTitle')} centered>
      <Stack>
        {add.isError && <ErrorAlert error={add.error} />}
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'person' | 'contact')}
          data={[
            { value: 'person', label: t('contacts.related.newPerson') },
            { value: 'contact', label: t('contacts.related.existingContact') },
          ]}
        />
        <Select
          label={t('contacts.related.relation')}
          allowDeselect={false}
          data={RELATIONS.map((r) => ({ value: r, label: t(`enums.Relation.${r}`) }))}
          value={relation}
          onChange={(v) => v && setRelation(v)}
          comboboxProps={{ withinPortal: true }}
        />
        {mode === 'contact' ? (
          <ContactPicker label={t('contacts.related.contact')} value={relatedContactId} onChange={setRelatedContactId} excludeId={contactId} error={errors.contact} />
        ) : (
          <>
            <TextInput label={t('contacts.related.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
            <CalendarDateInput label={t('contacts.fields.birthDate')} value={birthDate} onChange={setBirthDate} error={errors.birthDate} />
            <Textarea label={t('contacts.related.preferences')} autosize minRows={2} value={preferences} onChange={(e) => setPreferences(e.currentTarget.value)} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button loading={add.isPending} onClick={submit}>{t('common.add')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
