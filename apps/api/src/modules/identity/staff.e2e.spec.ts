import { errorCode, gql, signUpOwner, uniqueEmail, Owner } from '../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../test/utils/smtp-sink';
import { ACCEPT, INVITE, invitationTokenFrom as tokenFrom, inviteAndAccept as inviteMember } from '../../../test/utils/staff';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const STAFF = `{ staffMembers(first: 50) { totalCount edges { node { id email fullName role status } } } }`;
const CHANGE_ROLE = `mutation($input: ChangeStaffRoleInput!) { changeStaffRole(input: $input) { id role } }`;
const DISABLE = `mutation($id: ID!) { disableStaffMember(id: $id) { id status } }`;
const INVITATIONS = `{ invitations { id email status } }`;
const AUDIT = `query($entity: String) { auditLog(first: 50, entity: $entity) { edges { node { action entity entityId actorType actorLabel changes } } } }`;

describe('staff: invitations by email, roles, disabling, audit', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let owner: Owner;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir' } });
    owner = await signUpOwner(app, 'Atlas Books');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  async function inviteAndAccept(role: string): Promise<{ token: string; email: string; memberId: string }> {
    const member = await inviteMember(app, smtp, owner, role);
    expect(member.invitationText).toContain('https://crm.example.ir/accept-invite?token=');
    expect(member.viewer).toMatchObject({ role, user: { email: member.email }, workspace: { id: owner.workspaceId } });
    return member;
  }

  it('invites by email (a real SMTP server receives the link), and the invitee joins with the role', async () => {
    const sales = await inviteAndAccept('SALES');
    const me = await gql(app, `{ viewer { role permissions } }`, {}, sales.token);
    expect(me.data!.viewer.role).toBe('SALES');
    expect(me.data!.viewer.permissions).toContain('contacts:write');
    expect(me.data!.viewer.permissions).not.toContain('staff:manage');
  });

  it('an invitation link works once', async () => {
    const email = uniqueEmail('once');
    await gql(app, INVITE, { input: { email, role: 'SUPPORT' } }, owner.token);
    const mail = await smtp.waitFor((m) => (m.to as { text: string }).text === email);
    const input = { token: tokenFrom(mail.text!), fullName: 'Once', password: 'a good long password' };
    expect((await gql(app, ACCEPT, { input })).errors).toBeUndefined();
    expect(errorCode(await gql(app, ACCEPT, { input }))).toBe('UNAUTHENTICATED');
  });

  it('replaying inviteStaff with the same idempotency key returns the first result and sends one email', async () => {
    const email = uniqueEmail('idem');
    const first = await gql(app, INVITE, { input: { email, role: 'MARKETING' }, key: 'invite-1' }, owner.token);
    const replay = await gql(app, INVITE, { input: { email, role: 'MARKETING' }, key: 'invite-1' }, owner.token);
    expect(replay.data!.inviteStaff).toEqual(first.data!.inviteStaff);
    const conflict = await gql(app, INVITE, { input: { email, role: 'SALES' }, key: 'invite-1' }, owner.token);
    expect(errorCode(conflict)).toBe('CONFLICT');
    await smtp.waitFor((m) => (m.to as { text: string }).text === email);
    const pending = await gql(app, INVITATIONS, {}, owner.token);
    expect(pending.data!.invitations.filter((i: { email: string }) => i.email === email)).toHaveLength(1);
    expect(smtp.messages.filter((m) => (m.to as { text: string }).text === email)).toHaveLength(1);
  });

  it('concurrent replays of one idempotency key create one invitation', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => gql(app, INVITE, { input: { email, role: 'SALES' }, key: 'race-key' }, owner.token)),
    );
    const ids = new Set(results.map((r) => r.data?.inviteStaff.id));
    expect(ids.size).toBe(1);
    const pending = await gql(app, INVITATIONS, {}, owner.token);
    expect(pending.data!.invitations.filter((i: { email: string }) => i.email === email)).toHaveLength(1);
  });

  it('refuses to invite an existing member or grant OWNER', async () => {
    expect(errorCode(await gql(app, INVITE, { input: { email: owner.email, role: 'SALES' } }, owner.token))).toBe('CONFLICT');
    expect(errorCode(await gql(app, INVITE, { input: { email: uniqueEmail(), role: 'OWNER' } }, owner.token))).toBe('FORBIDDEN');
  });

  it('changes a role (effective on the next request) and disables a member (signed out at once)', async () => {
    const member = await inviteAndAccept('SUPPORT');
    const changed = await gql(app, CHANGE_ROLE, { input: { staffMemberId: member.memberId, role: 'WAREHOUSE' } }, owner.token);
    expect(changed.data!.changeStaffRole.role).toBe('WAREHOUSE');
    expect((await gql(app, `{ viewer { role } }`, {}, member.token)).data!.viewer.role).toBe('WAREHOUSE');
    expect((await gql(app, DISABLE, { id: member.memberId }, owner.token)).data!.disableStaffMember.status).toBe('DISABLED');
    const after = await gql(app, `{ viewer { role } }`, {}, member.token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('an admin cannot touch the owner; nobody can disable themselves', async () => {
    const admin = await inviteAndAccept('ADMIN');
    const staff = await gql(app, STAFF, {}, owner.token);
    const ownerNode = staff.data!.staffMembers.edges.find((e: { node: { role: string } }) => e.node.role === 'OWNER').node;
    expect(errorCode(await gql(app, DISABLE, { id: ownerNode.id }, admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CHANGE_ROLE, { input: { staffMemberId: ownerNode.id, role: 'SALES' } }, admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, DISABLE, { id: admin.memberId }, admin.token))).toBe('FORBIDDEN');
  });

  it('records every change in the audit log with who did it and the fields before and after', async () => {
    const member = await inviteAndAccept('SALES');
    await gql(app, CHANGE_ROLE, { input: { staffMemberId: member.memberId, role: 'MARKETING' } }, owner.token);
    const audit = await gql(app, AUDIT, { entity: 'workspace_members' }, owner.token);
    const change = audit.data!.auditLog.edges
      .map((e: { node: unknown }) => e.node)
      .find((n: { action: string; entityId: string }) => n.action === 'UPDATE' && n.entityId === member.memberId && 'role' in (n as unknown as { changes: object }).changes);
    expect(change).toMatchObject({ actorType: 'user', actorLabel: owner.email, changes: { role: { before: 'SALES', after: 'MARKETING' } } });
    // Inserts read as { field: { after } } too, whoever did them.
    const created = audit.data!.auditLog.edges.map((e: { node: { action: string; entityId: string; changes: Record<string, unknown> } }) => e.node).find((n: { action: string; entityId: string }) => n.action === 'INSERT' && n.entityId === member.memberId);
    expect(created.changes).toMatchObject({ role: { after: 'SALES' }, workspace_id: { after: expect.any(String) } });
    // Secrets never reach the audit log.
    const invitations = await gql(app, AUDIT, { entity: 'invitations' }, owner.token);
    expect(JSON.stringify(invitations.data!.auditLog)).not.toContain('token_hash');
  });
});
