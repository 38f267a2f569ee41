import { ActionIcon, Button, Card, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CalendarDateValue } from '@/components/calendar-date-input';
import type { ClubNewsKind, SurveyQuestionType } from '@/gql/graphql';

export interface OptionValue {
  id: string | null;
  text: string;
  textEn: string;
}

export interface QuestionValue {
  id: string | null;
  text: string;
  textEn: string;
  type: SurveyQuestionType;
  required: boolean;
  options: OptionValue[];
}

/** The news form's values (club-news-editor). */
export interface NewsFormValues {
  kind: ClubNewsKind;
  title: string;
  body: string;
  titleEn: string;
  bodyEn: string;
  url: string;
  imageUrl: string;
  points: number | string;
  published: boolean;
  archived: boolean;
  endsAt: CalendarDateValue;
  questions: QuestionValue[];
}

const TYPES: SurveyQuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TEXT'];
const emptyOption = (): OptionValue => ({ id: null, text: '', textEn: '' });
export const emptyQuestion = (): QuestionValue => ({ id: null, text: '', textEn: '', type: 'SINGLE_CHOICE', required: true, options: [emptyOption(), emptyOption()] });

/**
 * A survey's questions in the news form (values.questions): the Persian text and an optional English one, the type,
 * whether it must be answered, and for choice questions the options. Once members answered, the server accepts
 * only wording changes (`locked` hides adding and removing).
 */
export function SurveyQuestionsEditor({ form: f, locked }: { form: UseFormReturnType<NewsFormValues>; locked: boolean }) {
  const { t } = useTranslation();
  const questions = f.getValues().questions;
  return (
    <Stack gap="sm" data-testid="survey-questions">
      <Text fw={600} size="sm">{t('club.news.questions.title')}</Text>
      {f.errors.questions && <Text c="red" size="xs">{f.errors.questions}</Text>}
      {questions.map((q, i) => (
        <Card key={f.key(`questions.${i}`)} withBorder radius="md" padding="sm" data-testid="survey-question">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text size="sm" c="dimmed">{t('club.news.questions.number', { n: i + 1 })}</Text>
              {!locked && (
                <ActionIcon variant="subtle" color="red" aria-label={t('club.news.questions.remove')} onClick={() => f.removeListItem('questions', i)}>×</ActionIcon>
              )}
            </Group>
            <TextInput label={t('club.news.questions.text')} required dir="auto" data-testid="question-text" {...f.getInputProps(`questions.${i}.text`)} key={f.key(`questions.${i}.text`)} />
            <TextInput label={t('club.news.questions.textEn')} dir="ltr" lang="en" {...f.getInputProps(`questions.${i}.textEn`)} key={f.key(`questions.${i}.textEn`)} />
            <Group grow align="flex-end">
              <Select
                label={t('club.news.questions.type')}
                data={TYPES.map((type) => ({ value: type, label: t(`club.news.questions.types.${type}`) }))}
                allowDeselect={false}
                disabled={locked}
                comboboxProps={{ withinPortal: true }}
                data-testid="question-type"
                {...f.getInputProps(`questions.${i}.type`)}
                onChange={(type) => {
                  f.setFieldValue(`questions.${i}.type`, type as SurveyQuestionType);
                  if (type === 'TEXT') f.setFieldValue(`questions.${i}.options`, []);
                  else if (q.options.length < 2) f.setFieldValue(`questions.${i}.options`, [...q.options, ...Array.from({ length: 2 - q.options.length }, emptyOption)]);
                }}
                key={f.key(`questions.${i}.type`)}
              />
              <Switch label={t('club.news.questions.required')} disabled={locked} {...f.getInputProps(`questions.${i}.required`, { type: 'checkbox' })} key={f.key(`questions.${i}.required`)} />
            </Group>
            {q.type !== 'TEXT' && (
              <Stack gap={6}>
                {f.errors[`questions.${i}.options`] && <Text c="red" size="xs">{f.errors[`questions.${i}.options`]}</Text>}
                {q.options.map((_o, j) => (
                  <Group key={f.key(`questions.${i}.options.${j}`)} gap="xs" wrap="nowrap" align="flex-start">
                    <TextInput
                      style={{ flex: 1 }}
                      placeholder={t('club.news.questions.option', { n: j + 1 })}
                      aria-label={t('club.news.questions.option', { n: j + 1 })}
                      dir="auto"
                      data-testid="option-text"
                      {...f.getInputProps(`questions.${i}.options.${j}.text`)}
                      key={f.key(`questions.${i}.options.${j}.text`)}
                    />
                    <TextInput
                      style={{ flex: 1 }}
                      placeholder={t('club.news.questions.optionEn')}
                      aria-label={t('club.news.questions.optionEn')}
                      dir="ltr"
                      lang="en"
                      {...f.getInputProps(`questions.${i}.options.${j}.textEn`)}
                      key={f.key(`questions.${i}.options.${j}.textEn`)}
                    />
                    {!locked && (
                      <ActionIcon variant="subtle" color="gray" mt={4} aria-label={t('club.news.questions.removeOption')} onClick={() => f.removeListItem(`questions.${i}.options`, j)}>×</ActionIcon>
                    )}
                  </Group>
                ))}
                {!locked && (
                  <Group>
                    <Button size="xs" variant="subtle" onClick={() => f.insertListItem(`questions.${i}.options`, emptyOption())} data-testid="option-add">
                      {t('club.news.questions.addOption')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </Stack>
        </Card>
      ))}
      {!locked && (
        <Group>
          <Button size="xs" variant="light" onClick={() => f.insertListItem('questions', emptyQuestion())} data-testid="question-add">{t('club.news.questions.add')}</Button>
        </Group>
      )}
      {locked && <Text size="xs" c="dimmed">{t('club.news.questions.locked')}</Text>}
    </Stack>
  );
}
