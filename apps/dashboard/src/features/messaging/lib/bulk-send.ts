// A bulk send from the contacts list: the request built from the form, and its progress (pure; no React).
import type { ContactFilter, MessagePurpose, MessagingChannel, SendBulkMessageInput } from '@/gql/graphql';

/** Who a bulk send goes to: the contacts list's filter and search as they were when it was opened, and their count. */
export interface BulkAudience {
  filter?: ContactFilter | null;
  search?: string | null;
  total: number;
}

export interface BulkSendFormValues {
  channel: MessagingChannel;
  mode: 'template' | 'text';
  templateId: string | null;
  purpose: MessagePurpose;
  subject: string;
  body: string;
}

/** The sendBulkMessage input (without its idempotency key): a template with its params, or one-off text. */
export function bulkSendInput(values: BulkSendFormValues, audience: BulkAudience, params: Record<string, string>): SendBulkMessageInput {
  const who: Pick<SendBulkMessageInput, 'filter' | 'search'> = {
    ...(audience.filter && Object.keys(audience.filter).length ? { filter: audience.filter } : {}),
    ...(audience.search?.trim() ? { search: audience.search.trim() } : {}),
  };
  if (values.mode === 'template') return { ...who, channel: values.channel, templateId: values.templateId, params };
  return {
    ...who,
    channel: values.channel,
    purpose: values.purpose,
    subject: values.channel === 'EMAIL' ? values.subject.trim() : null,
    body: values.body,
  };
}

export interface BulkSendLike {
  status: string;
  queued: number;
  skipped: number;
}

/**
 * How far the queueing is, 0–100, against the audience counted when it started (contacts added since may make
 * the counts pass it: never more than 100). A finished send is 100 whatever the counts.
 */
export function bulkProgress(bulk: BulkSendLike, audience: number): number {
  if (bulk.status !== 'RUNNING') return 100;
  if (audience <= 0) return 0;
  return Math.min(100, Math.round(((bulk.queued + bulk.skipped) / audience) * 100));
}
