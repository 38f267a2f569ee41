// The API's English reason codes and validation messages, in the reader's language (pure; no React).
//
// The outbox stores short English reasons ('no transport', 'no SMS consent', 'on the suppression list: BOUNCED'…)
// and validation messages name the problem in English ('unknown variable {{x}} (did you mean {{y}}?)'). The ones
// the dashboard knows are translated; anything else (a provider's own error text) is shown as it came.

/** The part of i18next's `t` used here. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface LocalizedText {
  text: string;
  /** False: the server's / provider's own words, shown as they came (render with dir="auto"). */
  translated: boolean;
}

/** A value inside a translated sentence, in a bidi isolate (FSI…PDI) so `{{contact.firstName}}` keeps its order in Persian. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

const R = 'messaging.reasons';
const enumLabel = (t: Translate, name: string, value: string) => t(`enums.${name}.${value}`, { defaultValue: value });

/** Why a message has its status (statusReason), or null when there is no reason. `channel` words the no-transport case. */
export function statusReasonText(reason: string | null | undefined, channel: string, t: Translate): LocalizedText | null {
  const raw = reason?.trim();
  if (!raw) return null;
  const known = knownReason(raw, channel, t);
  return known === null ? { text: raw, translated: false } : { text: known, translated: true };
}

function knownReason(raw: string, channel: string, t: Translate): string | null {
  switch (raw) {
    case 'no transport':
      return t(channel === 'EMAIL' ? `${R}.noTransportEmail` : `${R}.noTransportSms`);
    case 'quiet hours':
      return t(`${R}.quietHours`);
    case 'no contact':
      return t(`${R}.noContact`);
    case 'contact deleted':
      return t(`${R}.contactDeleted`);
    case 'rejected':
      return t(`${R}.rejected`);
    case 'too many attempts':
      return t(`${R}.tooManyAttempts`);
    case 'undeliverable':
      return t(`${R}.undeliverable`);
    case 'failed after sending':
      return t(`${R}.failedAfterSending`);
    case 'hard bounce':
      return t(`${R}.hardBounce`);
  }
  let m = /^no (SMS|EMAIL) consent$/.exec(raw);
  if (m) return t(`${R}.noConsent`, { channel: enumLabel(t, 'MessagingChannel', m[1]) });
  m = /^(SMS|EMAIL) consent withdrawn$/.exec(raw);
  if (m) return t(`${R}.consentWithdrawn`, { channel: enumLabel(t, 'MessagingChannel', m[1]) });
  m = /^on the suppression list: ([A-Z_]+)$/.exec(raw);
  if (m) return t(`${R}.suppressed`, { reason: enumLabel(t, 'SuppressionReason', m[1]) });
  return null;
}

/** One step of the delivery history: its detail in the reader's language where the dashboard knows the wording. */
export function eventDetailText(status: string, detail: string | null | undefined, channel: string, t: Translate): LocalizedText | null {
  const raw = detail?.trim();
  if (!raw) return null;
  const known = knownReason(raw, channel, t);
  if (known !== null) return { text: known, translated: true };
  let m = /^attempt (\d+) failed: ([\s\S]*)$/.exec(raw);
  if (m) return { text: t('messaging.events.attemptFailed', { attempt: Number(m[1]), error: isolate(m[2]) }), translated: true };
  if (raw === 'claim expired (worker stopped); sending again') return { text: t('messaging.events.reclaimed'), translated: true };
  m = /^delivery report: ([\s\S]*)$/.exec(raw);
  if (m) return { text: t('messaging.events.deliveryReport', { detail: isolate(m[1]) }), translated: true };
  if (status === 'SENT') return { text: t('messaging.events.providerId', { id: isolate(raw) }), translated: true };
  m = /^to (\S+)$/.exec(raw);
  if (status === 'RECEIVED' && m) return { text: t('messaging.events.receivedOn', { number: isolate(m[1]) }), translated: true };
  return { text: raw, translated: false };
}

const F = 'messaging.fieldErrors';
// Braces go in as values: i18next would read them as interpolation inside the translations themselves.
const BRACES = { open: isolate('{{'), close: isolate('}}') };
const at = (line: string, column: string) => ({ line: Number(line), column: Number(column) });

/** Validation messages of the messaging API → the reader's language; unknown ones are returned unchanged. */
const FIELD_MESSAGES: Array<[RegExp, (m: RegExpExecArray, t: Translate) => string]> = [
  [/^unknown variable \{\{([^}]*)\}\} \(did you mean \{\{([^}]*)\}\}\?\)$/, (m, t) => t(`${F}.unknownVariableHint`, { name: isolate(`{{${m[1]}}}`), hint: isolate(`{{${m[2]}}}`) })],
  [/^unknown variable \{\{([^}]*)\}\}/, (m, t) => t(`${F}.unknownVariable`, { name: isolate(`{{${m[1]}}}`) })],
  [/^"\}\}" without a matching "\{\{" at line (\d+), column (\d+)$/, (m, t) => t(`${F}.unmatchedClose`, { ...BRACES, ...at(m[1], m[2]) })],
  [/^"\{\{" is not closed with "\}\}" at line (\d+), column (\d+)$/, (m, t) => t(`${F}.unclosed`, { ...BRACES, ...at(m[1], m[2]) })],
  [/^"\{\{(.*)\}\}" at line (\d+), column (\d+) is not a variable name/, (m, t) => t(`${F}.notAVariable`, { name: isolate(`{{${m[1]}}}`), ...at(m[2], m[3]) })],
  [/^empty placeholder "\{\{\}\}" at line (\d+), column (\d+)$/, (m, t) => t(`${F}.emptyPlaceholder`, { placeholder: isolate('{{}}'), ...at(m[1], m[2]) })],
  [/^is required for email$/, (_m, t) => t(`${F}.subjectRequired`)],
  [/^an SMS has no subject/, (_m, t) => t(`${F}.smsNoSubject`)],
  [/^must not be empty$/, (_m, t) => t('validation.required')],
  [/^key must start with/, (_m, t) => t('messaging.templates.keyRule')],
  [/^A (SMS|EMAIL) template with key "(.*)" in "(fa|en)" already exists/, (m, t) => t(`${F}.keyTaken`, { key: isolate(m[2]), language: t(`messaging.languages.${m[3]}`) })],
  [/^must be a valid email address$/, (_m, t) => t('validation.email')],
  [/^must be an http:\/\/ or https:\/\/ URL$/, (_m, t) => t(`${F}.url`)],
  [/^must be a domain name/, (_m, t) => t(`${F}.domain`)],
  [/^must be a DNS label/, (_m, t) => t(`${F}.selector`)],
  [/^must be an RSA private key|^must be at least 1024 bits|^must be an unencrypted private key/, (_m, t) => t(`${F}.dkimKey`)],
  [/^is required for DKIM signing/, (_m, t) => t(`${F}.dkimTogether`)],
  [/^is required for KAVENEGAR$/, (_m, t) => t(`${F}.kavenegarKey`)],
  [/^is required for HTTP_GATEWAY$/, (_m, t) => t(`${F}.gatewayRequired`)],
  [/^is required: the gateway templates use \{\{(\w+)\}\}$/, (m, t) => t(`${F}.credentialUsed`, { name: isolate(`{{${m[1]}}}`) })],
  [/^must be the sender line number/, (_m, t) => t(`${F}.sender`)],
  [/^is not a valid header name$/, (_m, t) => t(`${F}.headerName`)],
  [/^must not contain line breaks$/, (_m, t) => t(`${F}.noLineBreaks`)],
  [/^the contact has no email address$/, (_m, t) => t(`${F}.noEmail`)],
  [/^the contact has no phone number$/, (_m, t) => t(`${F}.noPhone`)],
  [/^no value for \{\{([^}]*)\}\}/, (m, t) => t(`${F}.missingParam`, { name: isolate(`{{${m[1]}}}`) })],
];

export function fieldMessageText(message: string, t: Translate): string {
  for (const [pattern, text] of FIELD_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return text(m, t);
  }
  return message;
}

/** A form as applyFieldErrors sees it, with every message translated on the way in. */
export function translatingForm<F extends { setFieldError: (path: string, error: string) => void; getValues: () => object }>(
  form: F,
  t: Translate,
): { setFieldError: (path: string, error: string) => void; getValues: () => object } {
  return { setFieldError: (path, error) => form.setFieldError(path, fieldMessageText(error, t)), getValues: () => form.getValues() };
}
