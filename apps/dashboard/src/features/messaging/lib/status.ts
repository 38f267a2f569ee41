// Outbox statuses: colors and groupings shared by the outbox, the message drawer and the contact page.

export const MESSAGE_STATUSES = ['QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED', 'SUPPRESSED', 'NOT_SENT', 'RECEIVED'] as const;
export const MESSAGING_CHANNELS = ['SMS', 'EMAIL'] as const;
export const MESSAGE_PURPOSES = ['TRANSACTIONAL', 'MARKETING'] as const;
export const TEMPLATE_LANGUAGES = ['fa', 'en'] as const;
export const SMS_PROVIDERS = ['DEFAULT', 'NONE', 'KAVENEGAR', 'HTTP_GATEWAY'] as const;
export const SUPPRESSION_REASONS = ['BOUNCED', 'UNSUBSCRIBED', 'COMPLAINED', 'DO_NOT_CONTACT'] as const;

export const STATUS_COLORS: Record<string, string> = {
  QUEUED: 'gray',
  SENDING: 'blue',
  SENT: 'teal',
  DELIVERED: 'green',
  FAILED: 'red',
  BOUNCED: 'red',
  SUPPRESSED: 'orange',
  NOT_SENT: 'yellow',
  RECEIVED: 'indigo',
};

/** Not sent because the workspace has no way to send on this channel (the embedded default). */
export const isNoTransport = (m: { status: string; statusReason?: string | null }) => m.status === 'NOT_SENT' && m.statusReason === 'no transport';

/** The same template key in another language or channel sits next to it: key, then channel, then language. */
export function sortTemplates<T extends { key: string; channel: string; language: string }>(templates: readonly T[]): T[] {
  return [...templates].sort((a, b) => a.key.localeCompare(b.key) || a.channel.localeCompare(b.channel) || a.language.localeCompare(b.language));
}

/** Template keys: what the API accepts (a–z, 0–9, _ . -; at most 80). */
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/;
