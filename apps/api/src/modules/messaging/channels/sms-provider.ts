import { createHash } from 'node:crypto';

/** What a channel reports back: sent (with the provider's id) or no transport configured. */
export type SendResult = { sent: true; providerMessageId: string } | { sent: false; reason: 'no transport' };

/** A failure that will not get better by retrying (rejected recipient, bad credentials, 4xx). Anything else is retried. */
export class PermanentDeliveryError extends Error {}

/** One outgoing message as the channels send it (the outbox row, rendered). */
export interface OutgoingMessage {
  /** The outbox message id: also the de-duplication id given to the provider (Message-ID, Kavenegar localid). */
  id: string;
  purpose: 'TRANSACTIONAL' | 'MARKETING';
  /** Email address, or E.164 phone number for SMS. */
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  language: 'fa' | 'en';
  contactId: string | null;
}

/** One SMS as a provider adapter sends it. */
export interface OutgoingSms {
  /** E.164 (+989121234567); each adapter writes it the way its API wants. */
  to: string;
  text: string;
  /** Our message id: providers that de-duplicate on a client id do not deliver a resend after a crash twice. */
  localId: string;
}

/** One interface for every SMS provider adapter. */
export interface SmsProvider {
  readonly name: string;
  send(sms: OutgoingSms): Promise<{ providerMessageId: string }>;
}

/**
 * A numeric de-duplication id for providers that only take numbers (Kavenegar's `localid` is a long): the first
 * 63 bits of SHA-256 of our message id, as a decimal string. Hashing (not slicing the UUID) keeps every bit random
 * whatever the UUID version.
 */
export function numericLocalId(id: string): string {
  const hash = createHash('sha256').update(id).digest();
  return (hash.readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn).toString();
}

/** The start of a provider's answer, for error messages (kept short: it lands in the outbox row). */
export const excerpt = (text: string, max = 300): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** HTTP statuses of the 4xx range that are worth retrying (timeouts, rate limits). */
export const RETRYABLE_4XX = new Set([408, 425, 429]);
