import { PHONE_ERROR_MESSAGES, PHONE_ERROR_MESSAGES_FA, type PhoneErrorCode } from '@peyvand/phone';
import type { Translate } from './timeline-text';

export interface ImportRowErrorLike {
  code: string;
  value?: string | null;
  reason?: string | null;
  message: string;
}

/** An import row error in the reader's language, from its code; the server's English text is the fallback. */
export function importErrorText(error: ImportRowErrorLike, t: Translate, language: string): string {
  const phoneMessages = language === 'fa' ? PHONE_ERROR_MESSAGES_FA : PHONE_ERROR_MESSAGES;
  const reason = error.reason && error.reason in phoneMessages ? phoneMessages[error.reason as PhoneErrorCode] : (error.reason ?? '');
  // The offending cell is shown in its own LTR column, not inside the sentence (bidi would reorder a number).
  return t(`contacts.import.errorCodes.${error.code}`, { reason, defaultValue: error.message });
}
