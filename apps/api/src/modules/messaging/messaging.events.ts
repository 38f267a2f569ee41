export const MessagingEvents = {
  Sent: 'messaging.message_sent',
  Received: 'messaging.message_received',
} as const;

/** A message left through its channel (the timeline records it on the contact's 360 history). */
export interface MessageSentEvent {
  workspaceId: string;
  messageId: string;
  contactId: string;
  channel: 'EMAIL' | 'SMS';
  direction: 'IN' | 'OUT';
  purpose: 'TRANSACTIONAL' | 'MARKETING';
  recipient: string;
  subject: string | null;
  bodyText: string;
  actorMemberId: string | null;
}

/** An inbound message from a known contact (same shape, direction IN). */
export type MessageReceivedEvent = MessageSentEvent;
