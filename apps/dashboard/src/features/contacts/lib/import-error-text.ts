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
  return t(`contacts.import.errorCodes.${error.code}`, { value: error.value ?? '', reason, defaultValue: error.message });
}
