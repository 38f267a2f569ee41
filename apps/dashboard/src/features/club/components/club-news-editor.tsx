import { Anchor, Badge, Button, Card, Group, Modal, NumberInput, SegmentedControl, Skeleton, Stack, Switch, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError } from '@/components/calendar-date-input';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { dayValueToInstant, instantToDayValue } from '@/features/catalog/lib/validity';
import type { ClubNewsFieldsFragment, ClubNewsKind } from '@/gql/graphql';
import { usePermission, useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useClubNewsItems, useSaveClubNews } from '../api/club-news';
import { useLoyaltySettings } from '../api/loyalty-settings';
import { clubTranslatingForm } from '../lib/server-text';
import { ClubNewsResultsModal } from './club-news-results';
import { emptyQuestion, type NewsFormValues, SurveyQuestionsEditor } from './survey-questions-editor';

const KINDS: ClubNewsKind[] = ['NEWS', 'SURVEY', 'CONTEST'];
const KIND_COLORS = { NEWS: 'gray', SURVEY: 'grape', CONTEST: 'orange' } as const;

const URL = /^https?:\/\/\S+$/i;

/**
 * Club news: what members see in their panel; opening an item earns its points once (and an SMS with the balance).
 * An item is Persian, optionally with an English title and body for members reading the club in English. An item
 * may be a survey (questions members answer) or a contest (members enter): the list shows how many took part and
 * opens the results.
 */
export function ClubNewsEditor() {
  const { t, i18n } = useTranslation();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const news = useClubNewsItems();
  const [editing, setEditing] = useState<ClubNewsFieldsFragment | 'new' | null>(null);
  const [viewing, setViewing] = useState<ClubNewsFieldsFragment | null>(null);
  const rows = news.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const state = (n: ClubNewsFieldsFragment) => (n.archived ? 'archived' : n.publishedAt ? 'published' : 'draft');
  const STATE_COLORS = { archived: 'gray', published: 'teal', draft: 'yellow' } as const;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="club-news">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('club.news.description')}</Text>
          {canManage && <Button onClick={() => setEditing('new')} data-testid="news-new">{t('club.news.new')}</Button>}
        </Group>
        {news.isError && <ErrorAlert error={news.error} />}
        {news.isPending && <Skeleton h={160} />}
        {news.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('club.news.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.news.title')}</Table.Th>
                  <Table.Th>{t('club.news.kind')}</Table.Th>
                  <Table.Th>{t('club.news.state')}</Table.Th>
                  <Table.Th>{t('club.news.responses')}</Table.Th>
                  <Table.Th>{t('club.news.points')}</Table.Th>
                  <Table.Th>{t('club.news.publishedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((n) => (
                  <Table.Tr key={n.id} data-testid="news-row" style={{ cursor: canManage ? 'pointer' : undefined }} onClick={() => canManage && setEditing(n)}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600}><bdi>{n.title}</bdi></Text>
                        {n.titleEn && <Badge size="xs" variant="outline" color="gray" title={n.titleEn} data-testid="news-has-english">{t('club.news.hasEnglish')}</Badge>}
                      </Group>
                      <Text size="xs" c="dimmed" lineClamp={1} maw={360}><bdi>{n.body}</bdi></Text>
                      {n.url && <Anchor size="xs" href={n.url} target="_blank" rel="noreferrer" onClick={(e) => e.stopPropagation()}><Ltr>{n.url}</Ltr></Anchor>}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={KIND_COLORS[n.kind]} miw="max-content" data-testid="news-kind-badge" data-kind={n.kind}>{t(`club.news.kinds.${n.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge size="sm" variant="light" color={STATE_COLORS[state(n)]} miw="max-content">{t(`club.news.states.${state(n)}`)}</Badge>
                        {n.closed && <Badge size="sm" variant="outline" color="gray" miw="max-content">{t('club.news.closed')}</Badge>}
                      </Group>
                      {n.endsAt && <Text size="xs" c="dimmed">{t('club.news.endsAtShort')} <DateText value={n.endsAt} /></Text>}
                    </Table.Td>
                    <Table.Td>
                      {n.kind === 'NEWS' ? (
                        <Text size="sm" c="dimmed">—</Text>
                      ) : (
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" data-testid="news-response-count">{formatNumber(n.responseCount ?? 0, i18n.language)}</Text>
                          <Button size="compact-xs" variant="light" onClick={(e) => { e.stopPropagation(); setViewing(n); }} data-testid="news-results-open">
                            {t('club.news.results.open')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatNumber(n.points, i18n.language)}</Text>
                      {n.ownPoints == null && <Text size="xs" c="dimmed">{t('club.news.defaultPoints')}</Text>}
                    </Table.Td>
                    <Table.Td><Text size="sm"><DateText value={n.publishedAt} /></Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {news.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void news.fetchNextPage()} loading={news.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {editing && <NewsModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {viewing && <ClubNewsResultsModal id={viewing.id} title={viewing.title} onClose={() => setViewing(null)} />}
    </Card>
  );
}

function NewsModal({ item, onClose }: { item: ClubNewsFieldsFragment | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const settings = useLoyaltySettings();
  const save = useSaveClubNews();
  const [error, setError] = useState<unknown>(null);
  const { data: viewer } = useViewer();
  const tz = viewer?.workspace.timezone ?? 'Asia/Tehran';
  const locked = (item?.responseCount ?? 0) > 0;
  const form = useForm<NewsFormValues>({
    initialValues: {
      kind: item?.kind ?? 'NEWS',
      endsAt: instantToDayValue(item?.endsAt, i18n.language, tz, true),
      questions: (item?.questions ?? []).map((q) => ({
        id: q.id, text: q.text, textEn: q.textEn ?? '', type: q.type, required: q.required,
        options: q.options.map((o) => ({ id: o.id, text: o.text, textEn: o.textEn ?? '' })),
      })),
      title: item?.title ?? '',
      body: item?.body ?? '',
      titleEn: item?.titleEn ?? '',
      bodyEn: item?.bodyEn ?? '',
      url: item?.url ?? '',
      imageUrl: item?.imageUrl ?? '',
      points: item?.ownPoints ?? '',
      published: !!item?.publishedAt,
      archived: item?.archived ?? false,
    },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      body: (v, values) => (v.trim() || values.kind !== 'NEWS' ? null : t('validation.required')),
      endsAt: (v, values) => (values.kind !== 'NEWS' && calendarDateError(v, { requireYear: true }) ? t('validation.date') : null),
      questions: {
        text: (v, values) => (values.kind === 'SURVEY' && !v.trim() ? t('validation.required') : null),
        options: {
          text: (v, values) => (values.kind === 'SURVEY' && !v.trim() ? t('validation.required') : null),
        },
      },
      // An English version is a title and a body, or nothing (the server says the same).
      titleEn: (v, values) => (!v.trim() && values.bodyEn.trim() ? t('club.fieldErrors.englishTitle') : null),
      bodyEn: (v, values) => (values.titleEn.trim() && !v.trim() ? t('club.fieldErrors.englishBody') : null),
      url: (v) => (!v.trim() || URL.test(v.trim()) ? null : t('club.fieldErrors.url')),
      imageUrl: (v) => (!v.trim() || URL.test(v.trim()) ? null : t('club.fieldErrors.url')),
    },
  });
  const submit = form.onSubmit((v) => {
    setError(null);
    if (v.kind === 'SURVEY' && v.questions.length === 0) {
      form.setFieldError('questions', t('club.fieldErrors.surveyQuestions'));
      return;
    }
    save.mutate(
      {
        ...(item ? { id: item.id } : {}),
        kind: v.kind,
        endsAt: v.kind === 'NEWS' ? null : dayValueToInstant(v.endsAt, tz, true),
        questions: v.kind !== 'SURVEY' ? [] : v.questions.map((q) => ({
          id: q.id, text: q.text.trim(), textEn: q.textEn.trim() || null, type: q.type, required: q.required,
          options: q.type === 'TEXT' ? [] : q.options.map((o) => ({ id: o.id, text: o.text.trim(), textEn: o.textEn.trim() || null })),
        })),
        title: v.title.trim(),
        body: v.body.trim(),
        titleEn: v.titleEn.trim() || null,
        bodyEn: v.bodyEn.trim() || null,
        url: v.url.trim() || null,
        imageUrl: v.imageUrl.trim() || null,
        points: v.points === '' ? null : Number(v.points),
        published: v.published,
        archived: v.archived,
      },
      {
        onSuccess: () => {
          notifySuccess(t('club.news.saved'));
          onClose();
        },
        onError: (e) => {
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });
  const kind = form.getValues().kind;
  const kindDefault = settings.data ? { NEWS: settings.data.newsPoints, SURVEY: settings.data.surveyPoints, CONTEST: settings.data.contestPoints }[kind] : null;
  const defaultPoints = kindDefault != null ? formatNumber(kindDefault, i18n.language) : '…';
  return (
    <Modal opened onClose={onClose} title={item ? t('club.news.editTitle') : t('club.news.newTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="news-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <SegmentedControl
            data={KINDS.map((k) => ({ value: k, label: t(`club.news.kinds.${k}`) }))}
            disabled={locked}
            aria-label={t('club.news.kind')}
            data-testid="news-kind"
            {...form.getInputProps('kind')}
            onChange={(k) => {
              form.setFieldValue('kind', k as ClubNewsKind);
              if (k === 'SURVEY' && form.getValues().questions.length === 0) form.setFieldValue('questions', [emptyQuestion()]);
            }}
          />
          {kind !== 'NEWS' && <Text size="sm" c="dimmed">{t(`club.news.kindHints.${kind}`)}</Text>}
          <TextInput label={t('club.news.title')} required dir="auto" data-testid="news-title" {...form.getInputProps('title')} />
          <Textarea label={t('club.news.body')} required={kind === 'NEWS'} autosize minRows={3} dir="auto" data-testid="news-body" {...form.getInputProps('body')} />
          <Text size="sm" c="dimmed">{t('club.news.englishHint')}</Text>
          <TextInput label={t('club.news.titleEn')} dir="ltr" lang="en" data-testid="news-title-en" {...form.getInputProps('titleEn')} />
          <Textarea label={t('club.news.bodyEn')} autosize minRows={2} dir="ltr" lang="en" data-testid="news-body-en" {...form.getInputProps('bodyEn')} />
          <Group grow align="flex-start">
            <TextInput label={t('club.news.link')} dir="ltr" placeholder="https://" {...form.getInputProps('url')} />
            <TextInput label={t('club.news.image')} dir="ltr" placeholder="https://" {...form.getInputProps('imageUrl')} />
          </Group>
          <NumberInput
            label={t('club.news.points')}
            description={t('club.news.pointsHint', { points: defaultPoints })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={defaultPoints}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            dir="ltr"
            {...form.getInputProps('points')}
          />
          {kind !== 'NEWS' && (
            <CalendarDateInput
              label={t('club.news.endsAt')}
              yearOptional={false}
              value={form.getValues().endsAt}
              onChange={(d) => form.setFieldValue('endsAt', d)}
              error={form.errors.endsAt}
              data-testid="news-ends-at"
            />
          )}
          {kind !== 'NEWS' && <Text size="xs" c="dimmed" mt={-8}>{t('club.news.endsAtHint')}</Text>}
          {kind === 'SURVEY' && <SurveyQuestionsEditor form={form} locked={locked} />}
          <Group>
            <Switch label={t('club.news.published')} data-testid="news-published" {...form.getInputProps('published', { type: 'checkbox' })} />
            {item && <Switch label={t('club.news.archive')} {...form.getInputProps('archived', { type: 'checkbox' })} />}
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="news-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
