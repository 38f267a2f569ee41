export const TelephonyEvents = {
  CallLogged: 'telephony.call_logged',
} as const;

/** A finished call of a known contact (the timeline records it; the club may award points for it). */
export interface CallLoggedEvent {
  workspaceId: string;
  contactId: string;
  callId: string;
  direction: 'in' | 'out';
  startedAt: string;
  summary: string;
  data: Record<string, unknown>;
  actorMemberId: string | null;
}
