import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isApiError } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { ClubNewsQuery } from '@/gql/graphql';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useParticipateInClubNews } from '../api/participate-in-club-news';

type NewsItem = ClubNewsQuery['clubNews'][number];
const MAX_TEXT = 2000;

/** The CONFLICT reason of a refused answer (ALREADY_ANSWERED, CLOSED), if that is what it was. */
const conflictReason = (error: unknown): string | null =>
  isApiError(error) && error.code === 'CONFLICT' ? String(error.errors[0]?.extensions?.reason ?? '') || null : null;

/**
 * A survey's questions (one option, several options or free text; required ones marked) or a contest's optional
 * answer, sent once. Read in English, the questions show their English text when staff wrote it.
 */
export function ParticipationForm({ item, onClose }: { item: NewsItem; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const participate = useParticipateInClubNews(club.slug);
  const en = i18n.language === 'en';
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [contestText, setContestText] = useState('');
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const survey = item.kind === 'SURVEY';
  const local = (fa: string, english: string | null | undefined) => (en && english ? english : fa);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (survey) {
      const unanswered = item.questions.filter((q) => q.required && (q.type === 'TEXT' ? !(texts[q.id] ?? '').trim() : !(choices[q.id] ?? []).length));
      setMissing(new Set(unanswered.map((q) => q.id)));
      if (unanswered.length) return;
    }
    const answers = survey
      ? item.questions.map((q) => (q.type === 'TEXT' ? { questionId: q.id, text: (texts[q.id] ?? '').trim() || null } : { questionId: q.id, optionIds: choices[q.id] ?? [] }))
      : null;
    participate.mutate(
      { newsId: item.id, answers, text: survey ? null : contestText.trim() || null },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: result.pointsAwarded > 0
              ? t('participation.earned', { points: formatNumber(result.pointsAwarded, i18n.language), balance: formatNumber(result.balance, i18n.language) })
              : t(survey ? 'participation.thanksSurvey' : 'participation.thanksContest'),
          });
          onClose();
        },
      },
    );
  };

  const reason = conflictReason(participate.error);
  return (
    <Modal opened onClose={onClose} title={local(item.title, item.titleEn)} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="participation-form">
        <Stack>
          {reason ? (
            <Alert color="yellow" variant="light" data-testid="participation-refused">{t(`participation.refused.${reason === 'CLOSED' ? 'closed' : 'already'}`)}</Alert>
          ) : (
            participate.error != null && <ErrorAlert error={participate.error} />
          )}
          {survey && item.questions.map((q, i) => {
            const label = `${formatNumber(i + 1, i18n.language)}. ${local(q.text, q.textEn)}`;
            const error = missing.has(q.id) ? t('participation.required') : undefined;
            if (q.type === 'TEXT') {
              return (
                <Textarea
                  key={q.id}
                  label={label}
                  required={q.required}
                  autosize
                  minRows={2}
                  maxLength={MAX_TEXT}
                  dir="auto"
                  value={texts[q.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((prev) => ({ ...prev, [q.id]: value }));
                  }}
                  error={error}
                  data-testid="question-text-answer"
                />
              );
            }
            const options = q.options.map((o) => (
              q.type === 'SINGLE_CHOICE'
                ? <Radio key={o.id} value={o.id} label={local(o.text, o.textEn)} data-testid="question-option" />
                : <Checkbox key={o.id} value={o.id} label={local(o.text, o.textEn)} data-testid="question-option" />
            ));
            return q.type === 'SINGLE_CHOICE' ? (
              <Radio.Group
                key={q.id}
                label={label}
                required={q.required}
                value={(choices[q.id] ?? [])[0] ?? null}
                onChange={(v) => setChoices((prev) => ({ ...prev, [q.id]: [v] }))}
                error={error}
                data-testid="survey-question"
              >
                <Stack gap={6} mt={6}>{options}</Stack>
              </Radio.Group>
            ) : (
              <Checkbox.Group
                key={q.id}
                label={label}
                required={q.required}
                value={choices[q.id] ?? []}
                onChange={(v) => setChoices((prev) => ({ ...prev, [q.id]: v }))}
                error={error}
                data-testid="survey-question"
              >
                <Stack gap={6} mt={6}>{options}</Stack>
              </Checkbox.Group>
            );
          })}
          {!survey && (
            <Textarea
              label={t('participation.contestAnswer')}
              description={t('participation.contestAnswerHint')}
              autosize
              minRows={3}
              maxLength={MAX_TEXT}
              dir="auto"
              value={contestText}
              onChange={(e) => setContestText(e.currentTarget.value)}
              data-testid="contest-answer"
            />
          )}
          {item.points > 0 && <Text size="sm" c="dimmed">{t('participation.pointsHint', { points: formatNumber(item.points, i18n.language) })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={club.color} loading={participate.isPending} disabled={!!reason} data-testid="participation-submit">
              {t(survey ? 'participation.send' : 'participation.enter')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
