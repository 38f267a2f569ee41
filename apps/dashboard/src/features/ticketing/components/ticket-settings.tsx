import { ActionIcon, Alert, Button, Card, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CalendarDateInput, calendarDateError, emptyCalendarDate, toCalendarDateInput, type CalendarDateValue,
} from '@/components/calendar-date-input';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import type { BusinessCalendarFieldsFragment, SlaPolicy, TicketAssignmentMode, TicketQueueFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatCalendarDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useCreateTicketCategory } from '../api/create-ticket-category';
import { useCreateTicketQueue } from '../api/create-ticket-queue';
import { useBusinessCalendar } from '../api/get-business-calendar';
import { useSlaPolicies } from '../api/get-sla-policies';
import { useTicketCategories } from '../api/get-ticket-categories';
import { useTicketQueues } from '../api/get-ticket-queues';
import { useSetSlaPolicy } from '../api/set-sla-policy';
import { useUpdateBusinessCalendar } from '../api/update-business-calendar';
import { useUpdateTicketQueue } from '../api/update-ticket-queue';
import { MacrosCard, TicketingSettingsCard } from './macro-settings';
import { ASSIGNMENT_MODES, formatRanges, hoursOfMinutes, minutesOfHours, parseRanges, TICKET_PRIORITIES } from '../lib/tickets';

function useStaffOptions() {
  const staff = useStaffMembers();
  return (staff.data?.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.id, label: e.node.fullName }));
}

function QueueModal({ queue, onClose }: { queue: TicketQueueFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const staffOptions = useStaffOptions();
  const create = useCreateTicketQueue();
  const update = useUpdateTicketQueue();
  const [name, setName] = useState(queue?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(queue?.memberIds ?? []);
  const [mode, setMode] = useState<TicketAssignmentMode>(queue?.assignmentMode ?? 'ROUND_ROBIN');
  const [fixed, setFixed] = useState<string | null>(queue?.fixedMemberId ?? null);
  const [supervisor, setSupervisor] = useState<string | null>(queue?.supervisorMemberId ?? null);
  const mutation = queue ? update : create;
  const save = () => {
    const input = { name: name.trim(), memberIds, assignmentMode: mode, fixedMemberId: mode === 'FIXED' ? fixed : null, supervisorMemberId: supervisor };
    const done = { onSuccess: () => { notifySuccess(t('tickets.settings.saved')); onClose(); } };
    if (queue) update.mutate({ id: queue.id, input }, done);
    else create.mutate(input, done);
  };
  return (
    <Modal opened onClose={onClose} title={queue ? queue.name : t('tickets.settings.queues.new')} centered>
      <Stack data-testid="queue-form">
        <TextInput label={t('tickets.settings.queues.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="queue-name" />
        <MultiSelect label={t('tickets.settings.queues.members')} data={staffOptions} value={memberIds} onChange={setMemberIds} searchable comboboxProps={{ withinPortal: true }} data-testid="queue-members" />
        <Select
          label={t('tickets.settings.queues.mode')}
          data={ASSIGNMENT_MODES.map((m) => ({ value: m, label: t(`tickets.enums.TicketAssignmentMode.${m}`) }))}
          value={mode}
          onChange={(v) => v && setMode(v as TicketAssignmentMode)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="queue-mode"
        />
        {mode === 'FIXED' && (
          <Select label={t('tickets.settings.queues.fixed')} required data={staffOptions} value={fixed} onChange={setFixed} comboboxProps={{ withinPortal: true }} data-testid="queue-fixed" />
        )}
        <Select label={t('tickets.settings.queues.supervisor')} clearable data={staffOptions} value={supervisor} onChange={setSupervisor} comboboxProps={{ withinPortal: true }} data-testid="queue-supervisor" />
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={save} disabled={!name.trim()} loading={mutation.isPending} data-testid="queue-save">{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function QueuesCard() {
  const { t } = useTranslation();
  const queues = useTicketQueues();
  const staff = useStaffMembers();
  const [editing, setEditing] = useState<TicketQueueFieldsFragment | 'new' | null>(null);
  const name = (id?: string | null) => (id ? (staff.data?.edges.find((e) => e.node.id === id)?.node.fullName ?? '—') : '—');
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="queues-settings">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('tickets.settings.queues.title')}</Title>
        <Button size="xs" onClick={() => setEditing('new')} data-testid="queue-new">{t('tickets.settings.queues.new')}</Button>
      </Group>
      {queues.isError && <ErrorAlert error={queues.error} />}
      {queues.data?.length === 0 && <Text size="sm" c="dimmed">{t('tickets.settings.queues.empty')}</Text>}
      {!!queues.data?.length && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tickets.settings.queues.name')}</Table.Th>
                <Table.Th>{t('tickets.settings.queues.members')}</Table.Th>
                <Table.Th>{t('tickets.settings.queues.mode')}</Table.Th>
                <Table.Th>{t('tickets.settings.queues.supervisor')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queues.data.map((q) => (
                <Table.Tr key={q.id} data-testid="queue-row">
                  <Table.Td>{q.name}</Table.Td>
                  <Table.Td>{q.memberIds.map(name).join('، ') || '—'}</Table.Td>
                  <Table.Td>
                    {t(`tickets.enums.TicketAssignmentMode.${q.assignmentMode}`)}
                    {q.assignmentMode === 'FIXED' && ` (${name(q.fixedMemberId)})`}
                  </Table.Td>
                  <Table.Td>{name(q.supervisorMemberId)}</Table.Td>
                  <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(q)}>{t('common.edit')}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <QueueModal queue={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function CategoriesCard() {
  const { t, i18n } = useTranslation();
  const categories = useTicketCategories();
  const queues = useTicketQueues();
  const create = useCreateTicketCategory();
  const [nameFa, setNameFa] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [queueId, setQueueId] = useState<string | null>(null);
  const queueOptions = (queues.data ?? []).map((q) => ({ value: q.id, label: q.name }));
  const add = () =>
    create.mutate({ nameFa: nameFa.trim(), nameEn: nameEn.trim(), queueId }, {
      onSuccess: () => { setNameFa(''); setNameEn(''); setQueueId(null); notifySuccess(t('tickets.settings.saved')); },
    });
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="categories-settings">
      <Title order={4} mb="sm">{t('tickets.settings.categories.title')}</Title>
      <Stack gap="xs">
        {categories.data?.map((c) => (
          <Group key={c.id} justify="space-between" data-testid="category-row">
            <Text size="sm">{i18n.language === 'fa' ? c.nameFa : c.nameEn}</Text>
            <Text size="sm" c="dimmed">→ {queues.data?.find((q) => q.id === c.queueId)?.name ?? t('tickets.settings.categories.noQueue')}</Text>
          </Group>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 4 }} mt="sm">
          <TextInput size="xs" label={t('tickets.settings.categories.nameFa')} value={nameFa} onChange={(e) => setNameFa(e.currentTarget.value)} dir="rtl" data-testid="category-name-fa" />
          <TextInput size="xs" label={t('tickets.settings.categories.nameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} dir="ltr" data-testid="category-name-en" />
          <Select size="xs" label={t('tickets.fields.queue')} clearable data={queueOptions} value={queueId} onChange={setQueueId} comboboxProps={{ withinPortal: true }} data-testid="category-queue" />
          <Button size="xs" mt={22} onClick={add} disabled={!nameFa.trim() || !nameEn.trim()} loading={create.isPending} data-testid="category-add">{t('common.add')}</Button>
        </SimpleGrid>
        {create.isError && <ErrorAlert error={create.error} />}
      </Stack>
    </Card>
  );
}

function SlaRow({ policy }: { policy: SlaPolicy }) {
  const { t, i18n } = useTranslation();
  const set = useSetSlaPolicy();
  const [first, setFirst] = useState(hoursOfMinutes(policy.firstResponseMinutes, i18n.language));
  const [resolution, setResolution] = useState(hoursOfMinutes(policy.resolutionMinutes, i18n.language));
  const firstMinutes = minutesOfHours(first);
  const resolutionMinutes = minutesOfHours(resolution);
  return (
    <Table.Tr data-testid="sla-row" data-priority={policy.priority}>
      <Table.Td>{t(`tickets.enums.TicketPriority.${policy.priority}`)}{policy.isDefault && <Text span size="xs" c="dimmed"> ({t('tickets.settings.sla.default')})</Text>}</Table.Td>
      <Table.Td><TextInput size="xs" w={100} value={first} onChange={(e) => setFirst(e.currentTarget.value)} error={firstMinutes === null} inputMode="decimal" aria-label={t('tickets.settings.sla.firstResponse')} /></Table.Td>
      <Table.Td><TextInput size="xs" w={100} value={resolution} onChange={(e) => setResolution(e.currentTarget.value)} error={resolutionMinutes === null} inputMode="decimal" aria-label={t('tickets.settings.sla.resolution')} /></Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          disabled={firstMinutes === null || resolutionMinutes === null}
          loading={set.isPending}
          onClick={() => set.mutate({ priority: policy.priority, firstResponseMinutes: firstMinutes!, resolutionMinutes: resolutionMinutes!, warnBeforeMinutes: policy.warnBeforeMinutes }, { onSuccess: () => notifySuccess(t('tickets.settings.saved')) })}
        >
          {t('common.save')}
        </Button>
        {set.isError && <ErrorAlert error={set.error} />}
      </Table.Td>
    </Table.Tr>
  );
}

function SlaCard() {
  const { t } = useTranslation();
  const policies = useSlaPolicies();
  const ordered = TICKET_PRIORITIES.map((p) => policies.data?.find((x) => x.priority === p)).filter((p): p is SlaPolicy => !!p);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="sla-settings">
      <Title order={4}>{t('tickets.settings.sla.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('tickets.settings.sla.hint')}</Text>
      {policies.isError && <ErrorAlert error={policies.error} />}
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.fields.priority')}</Table.Th>
            <Table.Th>{t('tickets.settings.sla.firstResponse')}</Table.Th>
            <Table.Th>{t('tickets.settings.sla.resolution')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{ordered.map((p) => <SlaRow key={p.priority} policy={p} />)}</Table.Tbody>
      </Table>
    </Card>
  );
}

// Index 0 = Sunday … 6 = Saturday; shown from Saturday, the first day of the Iranian week.
const WEEK_ORDER = [6, 0, 1, 2, 3, 4, 5];

function CalendarForm({ calendar, canEdit }: { calendar: BusinessCalendarFieldsFragment; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateBusinessCalendar();
  const [week, setWeek] = useState(() => calendar.week.map((day) => formatRanges(day, i18n.language)));
  const [holidays, setHolidays] = useState(calendar.holidays);
  const [holiday, setHoliday] = useState<CalendarDateValue>(emptyCalendarDate(i18n.language));
  const [holidayError, setHolidayError] = useState<string | null>(null);
  const parsed = week.map(parseRanges);
  const invalid = parsed.some((p) => p === null);
  const addHoliday = () => {
    const error = calendarDateError(holiday, { required: true });
    setHolidayError(error ? t(error) : null);
    const input = toCalendarDateInput(holiday);
    if (error || !input) return;
    setHolidays([...holidays, input]);
    setHoliday(emptyCalendarDate(i18n.language));
  };
  const save = () =>
    update.mutate(
      { week: parsed.map((p) => p ?? []), holidays: holidays.map((h) => ({ calendar: h.calendar, year: h.year ?? null, month: h.month, day: h.day })) },
      { onSuccess: () => notifySuccess(t('tickets.settings.saved')) },
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('tickets.settings.calendar.rangesHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {WEEK_ORDER.map((i) => (
          <TextInput
            key={i}
            label={t(`tickets.settings.calendar.days.${i}`)}
            placeholder={t('tickets.settings.calendar.closed')}
            value={week[i]}
            onChange={(e) => { const value = e.currentTarget.value; setWeek((w) => w.map((v, j) => (j === i ? value : v))); }}
            error={parsed[i] === null ? t('tickets.settings.calendar.rangesError') : undefined}
            disabled={!canEdit}
            data-testid={`calendar-day-${i}`}
          />
        ))}
      </SimpleGrid>
      <Title order={5}>{t('tickets.settings.calendar.holidays')}</Title>
      {holidays.length === 0 && <Text size="sm" c="dimmed">{t('tickets.settings.calendar.noHolidays')}</Text>}
      <Group gap="xs">
        {holidays.map((h, i) => (
          <Group key={`${h.calendar}-${h.year}-${h.month}-${h.day}-${i}`} gap={4} wrap="nowrap" data-testid="holiday">
            <Text size="sm">{formatCalendarDate(h, i18n.language)}{!h.year && ` (${t('tickets.settings.calendar.yearly')})`}</Text>
            {canEdit && <ActionIcon size="xs" variant="subtle" color="red" aria-label={t('common.remove')} onClick={() => setHolidays(holidays.filter((_, j) => j !== i))}>×</ActionIcon>}
          </Group>
        ))}
      </Group>
      {canEdit && (
        <Group align="flex-end">
          <CalendarDateInput label={t('tickets.settings.calendar.addHoliday')} value={holiday} onChange={setHoliday} error={holidayError} data-testid="holiday-date" />
          <Button size="xs" variant="default" onClick={addHoliday} data-testid="holiday-add">{t('common.add')}</Button>
        </Group>
      )}
      {update.isError && <ErrorAlert error={update.error} />}
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={save} disabled={invalid} loading={update.isPending} data-testid="calendar-save">{t('common.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}

function CalendarCard() {
  const { t } = useTranslation();
  const canRead = usePermission(PERMISSIONS.workspaceRead);
  const canEdit = usePermission(PERMISSIONS.workspaceManage);
  const calendar = useBusinessCalendar(canRead);
  if (!canRead) return null;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="calendar-settings">
      <Title order={4}>{t('tickets.settings.calendar.title')}</Title>
      {calendar.data && (
        <Text size="sm" c="dimmed" mb="sm">
          {t(calendar.data.openNow ? 'tickets.settings.calendar.openNow' : 'tickets.settings.calendar.closedNow')} · <bdi dir="ltr">{calendar.data.timeZone}</bdi>
        </Text>
      )}
      {calendar.isError && <ErrorAlert error={calendar.error} />}
      {!canEdit && <Alert variant="light" mb="sm">{t('tickets.settings.calendar.readOnly')}</Alert>}
      {calendar.data && <CalendarForm calendar={calendar.data} canEdit={canEdit} />}
    </Card>
  );
}

/** Ticket settings (tickets:manage): queues, categories, SLA per priority, auto-close / SMS keywords / CSAT, canned replies, business hours and holidays. */
export function TicketSettings() {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.ticketsManage);
  if (!canManage) return <Alert color="red" variant="light">{t('errors.FORBIDDEN')}</Alert>;
  return (
    <Stack data-testid="ticket-settings">
      <QueuesCard />
      <CategoriesCard />
      <SlaCard />
      <TicketingSettingsCard />
      <MacrosCard />
      <CalendarCard />
    </Stack>
  );
}
