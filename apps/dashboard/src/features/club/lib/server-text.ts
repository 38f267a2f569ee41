// The club and loyalty API's validation messages (English) in the reader's language; unknown ones come through
// unchanged (the catalog's translator is tried last, for the messages the modules share). Pure: no React.
import { fieldMessageText as catalogText, type Translate } from '@/features/catalog/lib/server-text';

const F = 'club.fieldErrors';

const FIELD_MESSAGES: Array<[RegExp, (m: RegExpExecArray, t: Translate) => string]> = [
  [/^would take the balance below 0 \(the balance is (\d+)/, (m, t) => t(`${F}.belowZero`, { balance: Number(m[1]) })],
  [/^say why the points are adjusted$/, (_m, t) => t(`${F}.reasonRequired`)],
  [/^must not be 0$/, (_m, t) => t(`${F}.nonZero`)],
  [/^a percent voucher is 1–10000 basis points/, (_m, t) => t(`${F}.percent`)],
  [/^applies to percent vouchers only$/, (_m, t) => t(`${F}.percentOnly`)],
  [/^appears twice$/, (_m, t) => t(`${F}.twice`)],
  [/^cannot change; archive the reward and create another$/, (_m, t) => t(`${F}.kindFixed`)],
  [/^must be at least 1 point$/, (_m, t) => t(`${F}.atLeastOne`)],
  [/^is required for a /, (_m, t) => t('validation.required')],
  [/^a stamp card counts either one product or one category$/, (_m, t) => t(`${F}.productOrCategory`)],
  [/^a category stamp card needs the most/, (_m, t) => t(`${F}.categoryCap`)],
  [/^use 1–40 letters, digits, _ or -$/, (_m, t) => t(`${F}.tierCode`)],
  [/^is not a price list of this workspace$/, (_m, t) => t(`${F}.unknownPriceList`)],
  [/^must be a price list of kind TIER with target (\S+)$/, (m, t) => t(`${F}.priceListTarget`, { code: m[1] })],
  [/^must be #rrggbb/, (_m, t) => t(`${F}.color`)],
  [/^an English body needs an English title$/, (_m, t) => t(`${F}.englishTitle`)],
  [/^give the English body too/, (_m, t) => t(`${F}.englishBody`)],
  [/^a survey needs at least one question$/, (_m, t) => t(`${F}.surveyQuestions`)],
  [/^a choice question needs at least 2 options$/, (_m, t) => t(`${F}.choiceOptions`)],
  [/^is the same as another option$/, (_m, t) => t(`${F}.sameOption`)],
  [/^must not be empty$/, (_m, t) => t('validation.required')],
  [/^members already answered: only the wording/, (_m, t) => t(`${F}.questionsLocked`)],
  [/^members already answered: the kind cannot change$/, (_m, t) => t(`${F}.kindLocked`)],
];

export function clubFieldMessageText(message: string, t: Translate): string {
  for (const [pattern, text] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return text(m, t);
  }
  return catalogText(message, t);
}

/** A form as applyFieldErrors sees it, with every message translated on the way in. */
export function clubTranslatingForm<F extends { setFieldError: (path: string, error: string) => void; getValues: () => object }>(
  form: F,
  t: Translate,
): { setFieldError: (path: string, error: string) => void; getValues: () => object } {
  return { setFieldError: (path, error) => form.setFieldError(path, clubFieldMessageText(error, t)), getValues: () => form.getValues() };
}
