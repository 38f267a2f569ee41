// The profile page's pure parts: the API's validation messages in the reader's language, alert channel choices.
import { PHONE_ERROR_MESSAGES, PHONE_ERROR_MESSAGES_FA, type PhoneErrorCode } from '@peyvand/phone';

/** The part of i18next's `t` used here. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The channels a staff member can be alerted on, in the order the page shows them. */
export const ALERT_CHANNELS = ['EMAIL', 'SMS'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

const PHONE_CODE_BY_MESSAGE = new Map(Object.entries(PHONE_ERROR_MESSAGES).map(([code, message]) => [message, code as PhoneErrorCode]));

/**
 * A validation message of updateMyProfile in the reader's language: the phone library's English messages
 * ('Phone number is too short.') have a Persian twin; "must not be empty" is the usual required message.
 * Anything else is returned as it came.
 */
export function profileFieldMessage(message: string, t: Translate, language: string): string {
  const code = PHONE_CODE_BY_MESSAGE.get(message.trim());
  if (code) return (language === 'fa' ? PHONE_ERROR_MESSAGES_FA : PHONE_ERROR_MESSAGES)[code];
  if (message === 'must not be empty') return t('validation.required');
  return message;
}

/** The channels with one turned on or off, in ALERT_CHANNELS order (the server keeps what it is given). */
export function withChannel(channels: readonly string[], channel: AlertChannel, on: boolean): AlertChannel[] {
  return ALERT_CHANNELS.filter((c) => (c === channel ? on : channels.includes(c)));
}

/** SMS alerts are chosen but there is no number to send them to. */
export function smsWithoutPhone(channels: readonly string[], phone: string | null | undefined): boolean {
  return channels.includes('SMS') && !phone?.trim();
}

/** An alert event's description: the dashboard's own wording when it knows the event (it follows the UI language), else the server's. */
export function alertEventText(event: { event: string; description: string }, t: Translate): string {
  return t(`profile.alerts.events.${event.event}`, { defaultValue: event.description });
}
