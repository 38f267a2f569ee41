import { gql, Owner, uniqueEmail } from './graphql';
import { SmtpSink } from './smtp-sink';
import { TestApp } from './test-app';

export const INVITE = `mutation($input: InviteStaffInput!, $key: String) { inviteStaff(input: $input, idempotencyKey: $key) { id email role status expiresAt } }`;
export const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken viewer { role user { email } workspace { id } } } }`;
const STAFF = `{ staffMembers(first: 100) { edges { node { id email } } } }`;

export function invitationTokenFrom(text: string): string {
  const match = /token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]);
}

export interface StaffMemberSession {
  token: string;
  email: string;
  memberId: string;
  /** The invitation email as the SMTP server received it. */
  invitationText: string;
  viewer: { role: string; user: { email: string }; workspace: { id: string } };
}

/** A new staff member the real way: the owner invites by email (received by the SMTP sink) and the invitee accepts. */
export async function inviteAndAccept(app: TestApp, smtp: SmtpSink, owner: Owner, role: string, fullName = 'کارمند تازه'): Promise<StaffMemberSession> {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await gql(app, INVITE, { input: { email, role } }, owner.token);
  if (invited.errors) throw new Error(`inviteStaff failed: ${JSON.stringify(invited.errors)}`);
  const mail = await smtp.waitFor((m) => m.text?.includes('accept-invite') === true && (m.to as { text: string }).text === email);
  const accepted = await gql(app, ACCEPT, { input: { token: invitationTokenFrom(mail.text!), fullName, password: 'a good long password' } });
  if (accepted.errors) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  const staff = await gql(app, STAFF, {}, owner.token);
  const member = staff.data!.staffMembers.edges.find((e: { node: { email: string } }) => e.node.email === email).node;
  return { token: accepted.data!.acceptInvitation.accessToken, email, memberId: member.id, invitationText: mail.text!, viewer: accepted.data!.acceptInvitation.viewer };
}
