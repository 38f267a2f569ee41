import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../core/auth/secrets';
import WebSocket from 'ws';
import { createClient, Client } from 'graphql-ws';
import { errorCode, gql, signUpOwner, uniqueEmail, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

describe('caller screen pop: PBX webhook → timeline and a live pop-up for the member whose extension rings', () => {
  let app: TestApp;
  let owner: Owner;
  let key: string;
  let ownerMemberId: string;
  let sales: { token: string; memberId: string };
  let contactId: string;
  const clients: Client[] = [];

  const post = (body: Record<string, unknown>, auth = key) => request(app.url).post('/webhooks/calls').set('authorization', `Bearer ${auth}`).send(body);

  function subscribe(token: string): { received: any[]; ready: Promise<void> } {
    const received: any[] = [];
    let markReady: () => void;
    const ready = new Promise<void>((r) => (markReady = r));
    const client = createClient({ url: app.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, on: { connected: () => setTimeout(markReady, 150) } });
    clients.push(client);
    client.subscribe(
      { query: `subscription { incomingCall { callId phone direction extension isNewCaller openTasks contact { id fullName stage phones { national } owner { email } } lastInteractions { kind summary } } }` },
      { next: (v) => received.push(v.data!.incomingCall), error: () => undefined, complete: () => undefined },
    );
    return { received, ready };
  }

  const waitFor = async (pred: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Phone shop');
    key = (await gql(app, `mutation { createApiKey(input: { name: "Issabel", scopes: ["calls:write"] }) { secret } }`, {}, owner.token)).data!.createApiKey.secret;
    const staff = await gql(app, `{ staffMembers { edges { node { id } } } }`, {}, owner.token);
    ownerMemberId = staff.data!.staffMembers.edges[0].node.id;
    await gql(app, `mutation($id: ID!) { setStaffExtension(staffMemberId: $id, extension: "101") { extension } }`, { id: ownerMemberId }, owner.token);
    // A second member (sales) with extension 102.
    const email = uniqueEmail('sales');
    const ds = app.app.get(DataSource);
    const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, 'Sales') RETURNING id`, [email, await hashPassword('sales password 123')]);
    const [member] = await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role, phone_extension) VALUES ($1, $2, 'SALES', '102') RETURNING id`, [owner.workspaceId, user.id]);
    const login = await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "sales password 123" }) { accessToken } }`, { e: email });
    sales = { token: login.data!.login.accessToken, memberId: member.id };
    const created = await gql(app, `mutation($o: ID!) { createContact(input: { firstName: "نرگس", lastName: "موسوی", phones: [{ number: "09123334455" }], ownerId: $o }) { id } }`, { o: ownerMemberId }, owner.token);
    contactId = created.data!.createContact.id;
    await gql(app, `mutation($c: ID!) { createTask(input: { kind: CALL, title: "پیگیری", contactId: $c }) { id } }`, { c: contactId }, owner.token);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app.close();
  });

  it('a ringing call pops the caller’s 360 summary up for the member at that extension only', async () => {
    const mine = subscribe(owner.token);
    const theirs = subscribe(sales.token);
    await Promise.all([mine.ready, theirs.ready]);
    const res = await post({ event: 'ringing', callId: 'c-1', from: '+98 912 333 4455', to: '02188776655', direction: 'in', extension: '101' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ contactId, memberId: ownerMemberId, status: 'ringing' });
    await waitFor(() => mine.received.length === 1);
    expect(mine.received[0]).toMatchObject({
      callId: 'c-1', phone: '0912 333 4455', direction: 'IN', extension: '101', isNewCaller: false, openTasks: 1,
      contact: { id: contactId, fullName: 'نرگس موسوی', stage: 'SUSPECT', phones: [{ national: '0912 333 4455' }], owner: { email: owner.email } },
    });
    expect(mine.received[0].lastInteractions[0]).toEqual({ kind: 'CONTACT_CREATED', summary: 'Contact created' });
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.received).toHaveLength(0);

    // An unknown number at extension 102 pops "new caller" for the sales member.
    await post({ event: 'ringing', callId: 'c-2', from: '09359990000', direction: 'in', extension: '102' });
    await waitFor(() => theirs.received.length === 1);
    expect(theirs.received[0]).toMatchObject({ isNewCaller: true, contact: null, phone: '0935 999 0000' });
  });

  it('answered + hangup lands the call on the contact’s timeline once, however often the PBX repeats itself', async () => {
    await post({ event: 'ringing', callId: 'c-3', from: '09123334455', direction: 'in', extension: '101' });
    await post({ event: 'answered', callId: 'c-3', from: '09123334455', direction: 'in', extension: '101' });
    for (let i = 0; i < 3; i++) {
      const res = await post({ event: 'hangup', callId: 'c-3', from: '09123334455', direction: 'in', extension: '101', durationSeconds: 125 });
      expect(res.body.status).toBe('ended');
    }
    await post({ event: 'hangup', callId: 'c-4', from: '09123334455', direction: 'in', extension: '101', durationSeconds: 0 });
    await post({ event: 'hangup', callId: 'c-5', from: '021 8877 6655', to: '09123334455', direction: 'out', extension: '101', durationSeconds: 40 });
    const t = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [CALL]) { edges { node { summary direction data actor { email } } } } } }`, { id: contactId }, owner.token);
    const calls = t.data!.contact.timeline.edges.map((e: { node: unknown }) => e.node);
    expect(calls).toHaveLength(3);
    expect(calls).toEqual(expect.arrayContaining([
      expect.objectContaining({ summary: 'Incoming call', direction: 'IN', data: expect.objectContaining({ durationSeconds: 125, outcome: 'answered', extension: '101' }), actor: { email: owner.email } }),
      expect.objectContaining({ summary: 'Incoming call (missed)', data: expect.objectContaining({ outcome: 'missed' }) }),
      expect.objectContaining({ summary: 'Outgoing call', direction: 'OUT' }),
    ]));
  });

  it('the webhook needs an API key with calls:write and a well-formed body', async () => {
    const readOnly = (await gql(app, `mutation { createApiKey(input: { name: "r", scopes: ["contacts:read"] }) { secret } }`, {}, owner.token)).data!.createApiKey.secret;
    expect((await post({ event: 'ringing', callId: 'x', from: '0912', direction: 'in' }, readOnly)).status).toBe(403);
    expect((await request(app.url).post('/webhooks/calls').send({ event: 'ringing' })).status).toBe(401);
    const bad = await post({ event: 'exploded', callId: '', from: '0912', direction: 'sideways' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['callId', 'direction', 'event']);
  });

  it('extensions are unique within the workspace', async () => {
    const res = await gql(app, `mutation($id: ID!) { setStaffExtension(staffMemberId: $id, extension: "102") { extension } }`, { id: ownerMemberId }, owner.token);
    expect(errorCode(res)).toBe('CONFLICT');
  });
});
