import { randomUUID } from 'node:crypto';
import { BadInputError, FieldError } from '../../../core/errors/domain-errors';
import { SurveyAnswerInput, SurveyQuestionInput } from './dto/loyalty.inputs';
import { ClubNewsKind, SurveyQuestion, SurveyQuestionType } from './models/loyalty.models';

/** One answer as stored in club_news_responses.answers. */
export interface StoredAnswer {
  questionId: string;
  optionIds: string[];
  text: string | null;
}

export const MAX_TEXT_ANSWER = 2000;
const CHOICE = new Set([SurveyQuestionType.SINGLE_CHOICE, SurveyQuestionType.MULTIPLE_CHOICE]);

const shape = (questions: SurveyQuestion[]) => JSON.stringify(questions.map((q) => [q.id, q.type, q.required, q.options.map((o) => o.id)]));

/**
 * A survey's questions as staff gave them, checked and with ids for the new ones (kept for the existing ones, so
 * answers keep naming them). Once members answered, only the wording may change. Throws one BAD_USER_INPUT naming
 * every wrong field.
 */
export function normalizeQuestions(kind: ClubNewsKind, input: SurveyQuestionInput[], existing: SurveyQuestion[], answered: boolean): SurveyQuestion[] {
  if (kind !== ClubNewsKind.SURVEY) {
    if (input.length) throw BadInputError.field('input.questions', 'only a survey has questions');
    return [];
  }
  if (!input.length) throw BadInputError.field('input.questions', 'a survey needs at least one question');
  const errors: FieldError[] = [];
  const known = new Map(existing.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const questions = input.map((q, i): SurveyQuestion => {
    const at = `input.questions.${i}`;
    const text = q.text.trim();
    if (!text) errors.push({ field: `${at}.text`, message: 'must not be empty' });
    const before = q.id ? known.get(q.id) : undefined;
    if (q.id && !before) errors.push({ field: `${at}.id`, message: 'is not a question of this survey' });
    if (q.id && seen.has(q.id)) errors.push({ field: `${at}.id`, message: 'is given twice' });
    if (q.id) seen.add(q.id);
    const options = q.options ?? [];
    if (CHOICE.has(q.type)) {
      if (options.length < 2) errors.push({ field: `${at}.options`, message: 'a choice question needs at least 2 options' });
    } else if (options.length) {
      errors.push({ field: `${at}.options`, message: 'a text question has no options' });
    }
    const knownOptions = new Set(before?.options.map((o) => o.id) ?? []);
    const texts = new Set<string>();
    const optionIds = new Set<string>();
    return {
      id: before?.id ?? randomUUID(),
      text,
      textEn: q.textEn?.trim() || null,
      type: q.type,
      required: q.required ?? false,
      options: options.map((o, j) => {
        const optionText = o.text.trim();
        if (!optionText) errors.push({ field: `${at}.options.${j}.text`, message: 'must not be empty' });
        else if (texts.has(optionText)) errors.push({ field: `${at}.options.${j}.text`, message: 'is the same as another option' });
        texts.add(optionText);
        if (o.id && (!knownOptions.has(o.id) || optionIds.has(o.id))) errors.push({ field: `${at}.options.${j}.id`, message: 'is not an option of this question' });
        if (o.id) optionIds.add(o.id);
        return { id: o.id && knownOptions.has(o.id) ? o.id : randomUUID(), text: optionText, textEn: o.textEn?.trim() || null };
      }),
    };
  });
  if (errors.length) throw new BadInputError(errors);
  if (answered && shape(questions) !== shape(existing)) {
    throw BadInputError.field('input.questions', 'members already answered: only the wording of the questions and options may change');
  }
  return questions;
}

/** A member's answers checked against the survey's questions; answers without content are dropped. */
export function checkAnswers(questions: SurveyQuestion[], input: SurveyAnswerInput[]): StoredAnswer[] {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = new Map<string, StoredAnswer>();
  const given = new Set<string>();
  // A question answered wrongly gets that error, not also "required".
  const wrong = new Set<string>();
  input.forEach((a, i) => {
    const at = `input.answers.${i}`;
    const question = byId.get(a.questionId);
    if (!question) return errors.push({ field: `${at}.questionId`, message: 'is not a question of this survey' });
    if (given.has(question.id)) return errors.push({ field: `${at}.questionId`, message: 'is answered twice' });
    given.add(question.id);
    const fail = (field: string, message: string) => {
      wrong.add(question.id);
      errors.push({ field: `${at}.${field}`, message });
    };
    if (question.type === SurveyQuestionType.TEXT) {
      const text = a.text?.trim() ?? '';
      if (a.optionIds?.length) return fail('optionIds', 'a text question has no options');
      if (text.length > MAX_TEXT_ANSWER) return fail('text', `must be at most ${MAX_TEXT_ANSWER} characters`);
      if (text) answered.set(question.id, { questionId: question.id, optionIds: [], text });
      return;
    }
    const ids = a.optionIds ?? [];
    const options = new Set(question.options.map((o) => o.id));
    if (ids.some((id) => !options.has(id))) return fail('optionIds', 'must be options of the question');
    if (new Set(ids).size !== ids.length) return fail('optionIds', 'names an option twice');
    if (question.type === SurveyQuestionType.SINGLE_CHOICE && ids.length > 1) return fail('optionIds', 'choose one option');
    if (ids.length) answered.set(question.id, { questionId: question.id, optionIds: question.options.filter((o) => ids.includes(o.id)).map((o) => o.id), text: null });
  });
  questions.forEach((q, i) => {
    if (q.required && !answered.has(q.id) && !wrong.has(q.id)) errors.push({ field: 'input.answers', message: `question ${i + 1} (${q.text}) is required` });
  });
  if (errors.length) throw new BadInputError(errors);
  return questions.flatMap((q) => answered.get(q.id) ?? []);
}
