import { Badge, Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, Skeleton, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { DIRECTIONS, LOGGABLE_TIMELINE_KINDS, TIMELINE_KINDS } from '@/config/constants';
import type { Direction, TimelineKind } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useContactTimeline } from '../api/get-contact-timeline';
import { useLogInteraction } from '../api/log-interaction';
import { timelineItemText } from '../lib/timeline-text';
import { SectionCard } from './section-card';
import { TIMELINE_COLORS, TIMELINE_ICONS } from './timeline-kind';

const PERIODS = ['all', '7', '30', '365'] as const;

export function ContactTimeline({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [kinds, setKinds] = useState<string[]>([]);
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>('all');
  // Rounded to the hour so the query key stays stable while the page is open.
  const from = useMemo(() => {
    if (period === 'all') return undefined;
    const d = new Date();
    d.setMinutes(0, 0, 0);
    return new Date(d.getTime() - Number(period) * 86_400_000).toISOString();
  }, [period]);
  const timeline = useContactTimeline(contactId, { kinds: kinds as TimelineKind[], from });
  const [logOpened, logModal] = useDisclosure(false);
  const items = timeline.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = timeline.data?.pages[0]?.totalCount ?? 0;

  return (
    <SectionCard
      title={t('contacts.sections.timeline')}
      testId="contact-timeline"
      actions={canWrite && <Button size="xs" onClick={logModal.open} data-testid="log-interaction-button">{t('contacts.timeline.log')}</Button>}
    >
      <Group gap="xs" mb="md" align="flex-end">
        <MultiSelect
          style={{ flex: 1, minWidth: 200 }}
          size="xs"
          placeholder={t('contacts.timeline.allKinds')}
          aria-label={t('contacts.timeline.kinds')}
          clearable
          data={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`enums.TimelineKind.${k}`) }))}
          value={kinds}
          onChange={setKinds}
          data-testid="timeline-kinds"
        />
        <SegmentedControl
          size="xs"
          value={period}
          onChange={(v) => setPeriod(v as (typeof PERIODS)[number])}
          data={PERIODS.map((p) => ({ value: p, label: t(`contacts.timeline.periods.${p}`) }))}
          data-testid="timeline-period"
        />
      </Group>
      {timeline.isError && <ErrorAlert error={timeline.error} />}
      {timeline.isPending && <Skeleton h={120} />}
      {timeline.data && items.length === 0 && <Text c="dimmed" size="sm">{t('contacts.timeline.empty')}</Text>}
      {items.length > 0 && (
        <>
          <Text size="xs" c="dimmed" mb="sm">{t('contacts.timeline.count', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
          <Timeline bulletSize={26} lineWidth={2}>
            {items.map((item) => {
              const Icon = TIMELINE_ICONS[item.kind] ?? TIMELINE_ICONS.NOTE;
              const text = timelineItemText(item, t, i18n.language);
              // The app's own words follow the UI direction; a person's text finds its own.
              const textDir = text.translated ? undefined : 'auto';
              return (
                <Timeline.Item
                  key={item.id}
                  bullet={<Icon size={14} />}
                  color={TIMELINE_COLORS[item.kind] ?? 'gray'}
                  data-testid="timeline-item"
                  data-kind={item.kind}
                  title={
                    <Group gap={6} wrap="wrap">
                      <Badge size="xs" variant="light" color={TIMELINE_COLORS[item.kind] ?? 'gray'}>
                        {t(`enums.TimelineKind.${item.kind}`)}
                        {item.direction !== 'NONE' && ` · ${t(`enums.Direction.${item.direction}`)}`}
                      </Badge>
                      <Text size="sm" fw={500} dir={textDir} data-testid="timeline-summary">{text.summary}</Text>
                    </Group>
                  }
                >
                  {text.body && (
                    <Text size="sm" c="dimmed" dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-body">
                      {text.body}
                    </Text>
                  )}
                  {text.details.length > 0 && (
                    <Text size="xs" c="dimmed" data-testid="timeline-details">{text.details.join(' · ')}</Text>
                  )}
                  <Text size="xs" c="dimmed" mt={4}>
                    <DateText value={item.occurredAt} withTime />
                    {item.actor && <> · <bdi>{item.actor.fullName}</bdi></>}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
          {timeline.hasNextPage && (
            <Group justify="center" mt="md">
              <Button variant="default" size="xs" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </>
      )}
      {canWrite && <LogInteractionModal opened={logOpened} onClose={logModal.close} contactId={contactId} />}
    </SectionCard>
  );
}

function LogInteractionModal({ opened, onClose, contactId }: { opened: boolean; onClose: () => void; contactId: string }) {
  const { t } = useTranslation();
  const log = useLogInteraction();
  const form = useForm({
    initialValues: { kind: 'CALL' as string, direction: 'OUT' as string, summary: '', body: '', durationMinutes: '' as string | number, outcome: '' },
    validate: { summary: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const close = () => {
    form.reset();
    log.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const minutes = Number(values.durationMinutes);
    log.mutate(
      {
        contactId,
        kind: values.kind as TimelineKind,
        direction: values.direction as Direction,
        summary: values.summary.trim(),
        body: values.body.trim() || null,
        durationSeconds: values.kind === 'CALL' && minutes > 0 ? Math.round(minutes * 60) : null,
        outcome: values.outcome.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('contacts.timeline.logged'));
          close();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });
  return (
    <Modal opened={opened} onClose={close} title={t('contacts.timeline.log')} centered size="lg">
      <form onSubmit={submit} noValidate data-testid="log-interaction-form">
        <Stack>
          {log.isError && <ErrorAlert error={log.error} />}
          <Group grow>
            <Select
              label={t('contacts.timeline.kind')}
              allowDeselect={false}
              data={LOGGABLE_TIMELINE_KINDS.map((k) => ({ value: k, label: t(`enums.TimelineKind.${k}`) }))}
              comboboxProps={{ withinPortal: true }}
              data-testid="log-kind"
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('contacts.timeline.direction')}
              allowDeselect={false}
              data={DIRECTIONS.map((d) => ({ value: d, label: t(`enums.Direction.${d}`) }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('direction')}
            />
          </Group>
          <TextInput label={t('contacts.timeline.summary')} required data-testid="log-summary" {...form.getInputProps('summary')} />
          <Textarea label={t('contacts.timeline.body')} autosize minRows={3} {...form.getInputProps('body')} />
          {form.values.kind === 'CALL' && (
            <Group grow>
              <NumberInput label={t('contacts.timeline.durationMinutes')} min={0} {...form.getInputProps('durationMinutes')} />
              <TextInput label={t('contacts.timeline.outcome')} {...form.getInputProps('outcome')} />
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={log.isPending} data-testid="log-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
