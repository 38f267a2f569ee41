import { ActionIcon, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateFields, emptyCalendarDate, type CalendarDateValue } from '@/components/calendar-date-fields';
import { ErrorAlert } from '@/components/error-alert';
import { QueryList } from '@/components/query-list';
import { SectionCard } from '@/components/section-card';
import type { ImportantDateFieldsFragment, ImportantDateKind, Relation } from '@/gql/graphql';
import { useClub } from '@/lib/club-context';
import { formatCalendarDate, formatNumber } from '@/lib/format';
import { fieldErrorsOf } from '@peyvand/web';
import { useAddMyFamilyMember } from '../api/add-my-family-member';
import { useAddMyImportantDate } from '../api/add-my-important-date';
import { useRemoveMyImportantDate } from '../api/remove-my-important-date';
import { useMyFamily } from '../api/get-my-family';
import { useRemoveMyFamilyMember } from '../api/remove-my-family-member';

const RELATIONS: Relation[] = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'FRIEND', 'COLLEAGUE', 'OTHER'];

function DateLine({ date, onRemove }: { date: ImportantDateFieldsFragment; onRemove?: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={6} wrap="wrap" data-testid="important-date">
      {onRemove && (
        <ActionIcon size="xs" variant="subtle" color="red" onClick={onRemove} aria-label={t('dates.remove')} data-testid="date-remove">
          ×
        </ActionIcon>
      )}
      <Text size="xs">{date.title || t(`dates.kinds.${date.kind}`)}:</Text>
      <Text size="xs" fw={600}>{formatCalendarDate(date.date, i18n.language)}</Text>
      {date.daysUntil !== null && date.daysUntil !== undefined && date.daysUntil <= 30 && (
        <Badge size="xs" variant="light" color="grape">
          {date.daysUntil === 0 ? t('dates.today') : t('dates.inDays', { value: formatNumber(date.daysUntil, i18n.language) })}
        </Badge>
      )}
    </Group>
  );
}

function AddFamilyMemberForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const add = useAddMyFamilyMember(club.slug);
  const [relation, setRelation] = useState<Relation>('CHILD');
  const [name, setName] = useState('');
  const [birth, setBirth] = useState<CalendarDateValue>(emptyCalendarDate(i18n.language));
  const [errors, setErrors] = useState<{ name?: string; birthDate?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ name: t('family.nameRequired') });
      return;
    }
    const partial = birth.day || birth.month || birth.year;
    if (partial && (!birth.day || !birth.month)) {
      setErrors({ birthDate: t('family.dateIncomplete') });
      return;
    }
    setErrors({});
    add.mutate(
      {
        relation,
        name: name.trim(),
        ...(partial ? { birthDate: { calendar: birth.calendar, day: birth.day!, month: birth.month!, ...(birth.year ? { year: birth.year } : {}) } } : {}),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          if (fields.name || fields.birthDate || fields.day || fields.month || fields.year) {
            setErrors({ name: fields.name, birthDate: fields.birthDate ?? fields.day ?? fields.month ?? fields.year });
          }
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate data-testid="family-form">
      <Stack gap="sm">
        <Group grow align="flex-start" gap="xs">
          <Select
            label={t('family.relation')}
            data={RELATIONS.map((r) => ({ value: r, label: t(`family.relations.${r}`) }))}
            value={relation}
            onChange={(v) => v && setRelation(v as Relation)}
            allowDeselect={false}
            data-testid="family-relation"
          />
          <TextInput label={t('family.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-testid="family-name" />
        </Group>
        <CalendarDateFields label={t('family.birthDate')} value={birth} onChange={setBirth} error={errors.birthDate} />
        {add.isError && !errors.name && !errors.birthDate && <ErrorAlert error={add.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" color={club.color} loading={add.isPending} data-testid="family-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const KINDS: ImportantDateKind[] = ['ANNIVERSARY', 'BIRTHDAY', 'CHILD_BIRTHDAY', 'CONFERENCE', 'CUSTOM'];

/** A yearly date worth remembering, mine or a family member's (the business greets us on it). */
function AddDateForm({ familyMemberId, onDone }: { familyMemberId?: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const add = useAddMyImportantDate(club.slug);
  const [kind, setKind] = useState<ImportantDateKind>(familyMemberId ? 'BIRTHDAY' : 'ANNIVERSARY');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<CalendarDateValue>(emptyCalendarDate(i18n.language));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date.day || !date.month) {
      setError(t('family.dateIncomplete'));
      return;
    }
    setError(null);
    add.mutate(
      {
        kind,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(familyMemberId ? { familyMemberId } : {}),
        date: { calendar: date.calendar, day: date.day, month: date.month, ...(date.year ? { year: date.year } : {}) },
      },
      {
        onSuccess: onDone,
        onError: (e) => {
          const fields = fieldErrorsOf(e);
          const message = fields.date ?? fields.day ?? fields.month ?? fields.year;
          if (message) setError(message);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate data-testid="date-form">
      <Stack gap="sm">
        <Group grow align="flex-start" gap="xs">
          <Select label={t('dates.kind')} data={KINDS.map((k) => ({ value: k, label: t(`dates.kinds.${k}`) }))} value={kind} onChange={(v) => v && setKind(v as ImportantDateKind)} allowDeselect={false} />
          <TextInput label={t('dates.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </Group>
        <CalendarDateFields label={t('dates.date')} value={date} onChange={setDate} error={error} />
        {add.isError && !error && <ErrorAlert error={add.error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" color={club.color} loading={add.isPending} data-testid="date-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** My household in the club and the dates that matter to us (the business remembers them). */
export function FamilySection() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const family = useMyFamily(club.slug);
  const remove = useRemoveMyFamilyMember(club.slug);
  const removeDate = useRemoveMyImportantDate(club.slug);
  const [adding, setAdding] = useState(false);
  /** Whose date is being added: 'me' or a family member's id. */
  const [addingDate, setAddingDate] = useState<string | null>(null);
  const members = family.data?.myFamily ?? [];
  const myDates = family.data?.myImportantDates ?? [];
  return (
    <Stack gap="md">
      <SectionCard
        title={t('family.title')}
        action={!adding && <Button size="xs" variant="light" color={club.color} onClick={() => setAdding(true)} data-testid="family-add">{t('family.add')}</Button>}
        testId="family"
      >
        <Stack gap="xs">
          {adding && <AddFamilyMemberForm onDone={() => setAdding(false)} />}
          {remove.isError && <ErrorAlert error={remove.error} />}
          <QueryList query={family} items={members} empty={t('family.none')}>
            {(items) =>
              items.map((m) => (
                <Paper key={m.id} withBorder radius="md" p="sm" data-testid="family-member">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Group gap={6}>
                        <Text fw={600} size="sm">{m.name}</Text>
                        <Badge size="xs" variant="light" color={club.color}>{t(`family.relations.${m.relation}`)}</Badge>
                      </Group>
                      {m.birthDate && <Text size="xs">{t('family.born', { date: formatCalendarDate(m.birthDate, i18n.language) })}</Text>}
                      {m.importantDates.map((d) => <DateLine key={d.id} date={d} onRemove={() => removeDate.mutate(d.id)} />)}
                      {addingDate === m.id ? (
                        <AddDateForm familyMemberId={m.id} onDone={() => setAddingDate(null)} />
                      ) : (
                        <Anchor component="button" type="button" size="xs" onClick={() => setAddingDate(m.id)} data-testid="family-add-date">{t('dates.add')}</Anchor>
                      )}
                    </Stack>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => window.confirm(t('family.removeConfirm', { name: m.name })) && remove.mutate(m.id)}
                      aria-label={t('family.remove')}
                      data-testid="family-remove"
                    >
                      ×
                    </ActionIcon>
                  </Group>
                </Paper>
              ))
            }
          </QueryList>
        </Stack>
      </SectionCard>
      <SectionCard
        title={t('dates.mine')}
        action={addingDate !== 'me' && <Button size="xs" variant="light" color={club.color} onClick={() => setAddingDate('me')} data-testid="my-date-add">{t('dates.add')}</Button>}
        testId="my-dates"
      >
        <Stack gap={6}>
          {addingDate === 'me' && <AddDateForm onDone={() => setAddingDate(null)} />}
          {removeDate.isError && <ErrorAlert error={removeDate.error} />}
          {myDates.length === 0 ? <Text size="sm" c="dimmed">{t('dates.none')}</Text> : myDates.map((d) => <DateLine key={d.id} date={d} onRemove={() => removeDate.mutate(d.id)} />)}
        </Stack>
      </SectionCard>
    </Stack>
  );
}
