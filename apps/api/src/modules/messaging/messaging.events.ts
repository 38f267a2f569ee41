export const MessagingEvents = {
  Sent: 'messaging.messages_sent',
  Received: 'messaging.message_received',
} as const;

/** One message as the timeline records it on the contact's 360 history. */
export interface MessageItem {
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

/** Messages that left through their channel, one event per delivered batch. */
export interface MessagesSentEvent {
  workspaceId: string;
  messages: MessageItem[];
}

/** An inbound message from a known contact (direction IN). */
export type MessageReceivedEvent = MessageItem & { workspaceId: string };
