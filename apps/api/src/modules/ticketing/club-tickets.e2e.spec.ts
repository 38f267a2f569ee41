import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ClubMemberSession, signInClubMember } from '../../../test/utils/club-member';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../test/utils/sms-gateway';
import { ok } from './ticketing.test-utils';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const CLUB_TICKET = `id number subject type status resolvedAt csatScore csatComment canRate messages { fromCustomer body attachments { fileName contentType url } }`;
const MY_TICKETS = `{ myTickets(first: 20) { totalCount edges { node { id number subject status } } } }`;
const MY_TICKET = `query($id: ID!) { myTicket(id: $id) { ${CLUB_TICKET} } }`;
const CREATE_MINE = `mutation($input: CreateMyTicketInput!, $key: String) { createMyTicket(input: $input, idempotencyKey: $key) { ${CLUB_TICKET} } }`;
const REPLY_MINE = `mutation($id: ID!, $input: ReplyToMyTicketInput!) { replyToMyTicket(id: $id, input: $input) { ${CLUB_TICKET} } }`;
const RATE_MINE = `mutation($id: ID!, $input: RateTicketInput!) { rateMyTicket(id: $id, input: $input) { ${CLUB_TICKET} } }`;
const STAFF_DETAIL = `query($id: ID!) { ticket(id: $id) { status channel contact { id } messages { kind body attachments { fileName } } } }`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('member photo')]);


describe('club members’ tickets: own tickets only, never internal notes, across members and workspaces', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let dir: string;
  let shopA: Owner;
  let shopB: Owner;
  let sara: ClubMemberSession;
  let reza: ClubMemberSession;
  let saraInB: ClubMemberSession;
  const upload = (name: string, content: Buffer, token: string, path = '/attachments/mine') =>
    request(app.url).post(`${path}?name=${encodeURIComponent(name)}`).set('authorization', `Bearer ${token}`).set('content-type', 'application/octet-stream').send(content);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peyvand-club-attachments-'));
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', PUBLIC_URL: 'https://crm.example.ir', ATTACHMENTS_DIR: dir } });
    shopA = await signUpOwner(app, 'فروشگاه الف');
    shopB = await signUpOwner(app, 'فروشگاه ب');
    sara = await signInClubMember(app, sms, { slug: shopA.slug, phone: '09351113301', firstName: 'سارا' });
    reza = await signInClubMember(app, sms, { slug: shopA.slug, phone: '09351113302', firstName: 'رضا' });
    saraInB = await signInClubMember(app, sms, { slug: shopB.slug, phone: '09351113301', firstName: 'سارا' });
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a member files a ticket with a photo, the agent answers and notes, the member sees the answer but never the note', async () => {
    const photo = await upload('receipt.png', PNG, sara.token);
    expect(photo.status).toBe(201);
    const input = { subject: 'کالا آسیب دیده رسید', body: 'جعبه شکسته بود', type: 'COMPLAINT', attachmentIds: [photo.body.id] };
    const created = ok(await gql(app, CREATE_MINE, { input, key: 'club-1' }, sara.token)).createMyTicket;
    expect(created).toMatchObject({ subject: 'کالا آسیب دیده رسید', type: 'COMPLAINT', status: 'NEW', canRate: false });
    expect(created.messages).toEqual([{ fromCustomer: true, body: 'جعبه شکسته بود', attachments: [expect.objectContaining({ fileName: 'receipt.png', contentType: 'image/png' })] }]);
    // An idempotent retry gives the same ticket.
    expect(ok(await gql(app, CREATE_MINE, { input, key: 'club-1' }, sara.token)).createMyTicket.id).toBe(created.id);

    const staff = ok(await gql(app, STAFF_DETAIL, { id: created.id }, shopA.token)).ticket;
    expect(staff).toMatchObject({ channel: 'CLUB', contact: { id: sara.contactId } });

    const noteFile = (await upload('internal.txt', Buffer.from('یادداشت داخلی'), shopA.token, '/attachments')).body.id;
    ok(await gql(app, `mutation($id: ID!, $input: ReplyToTicketInput!) { replyToTicket(id: $id, input: $input) { id } }`, { id: created.id, input: { body: 'مشتری قبلاً هم شکایت کرده', internal: true, attachmentIds: [noteFile] } }, shopA.token));
    ok(await gql(app, `mutation($id: ID!, $input: ReplyToTicketInput!) { replyToTicket(id: $id, input: $input) { id } }`, { id: created.id, input: { body: 'عکس را دیدیم، کالا تعویض می‌شود', status: 'WAITING_ON_CUSTOMER' } }, shopA.token));

    const seen = ok(await gql(app, MY_TICKET, { id: created.id }, sara.token)).myTicket;
    expect(seen.status).toBe('WAITING_ON_CUSTOMER');
    expect(seen.messages.map((m: { fromCustomer: boolean; body: string }) => [m.fromCustomer, m.body])).toEqual([[true, 'جعبه شکسته بود'], [false, 'عکس را دیدیم، کالا تعویض می‌شود']]);
    expect(JSON.stringify(seen)).not.toContain('شکایت کرده');
    expect(JSON.stringify(seen)).not.toContain('internal.txt');
    // The member's photo downloads through its link.
    const link = new URL(seen.messages[0].attachments[0].url);
    expect((await request(app.url).get(link.pathname)).status).toBe(200);

    // The member's reply resumes the clock and reopens the conversation.
    const replied = ok(await gql(app, REPLY_MINE, { id: created.id, input: { body: 'ممنون، منتظرم' } }, sara.token)).replyToMyTicket;
    expect(replied.status).toBe('OPEN');
    expect(ok(await gql(app, STAFF_DETAIL, { id: created.id }, shopA.token)).ticket.messages.at(-1)).toMatchObject({ kind: 'CUSTOMER_MESSAGE', body: 'ممنون، منتظرم' });

    // Rated in the panel once the ticket is resolved.
    expect(errorCode(await gql(app, RATE_MINE, { id: created.id, input: { score: 5 } }, sara.token))).toBe('CONFLICT');
    ok(await gql(app, `mutation($id: ID!) { resolveTicket(id: $id) { id } }`, { id: created.id }, shopA.token));
    expect(ok(await gql(app, MY_TICKET, { id: created.id }, sara.token)).myTicket.canRate).toBe(true);
    const rated = ok(await gql(app, RATE_MINE, { id: created.id, input: { score: 5, comment: 'عالی' } }, sara.token)).rateMyTicket;
    expect(rated).toMatchObject({ csatScore: 5, csatComment: 'عالی', canRate: false });
    expect(errorCode(await gql(app, RATE_MINE, { id: created.id, input: { score: 1 } }, sara.token))).toBe('CONFLICT');
    expect(errorCode(await gql(app, RATE_MINE, { id: created.id, input: { score: 0 } }, sara.token))).toBe('BAD_USER_INPUT');
  });

  it('another member, or the same person in another business, sees and touches none of it', async () => {
    const mine = ok(await gql(app, MY_TICKETS, {}, sara.token)).myTickets;
    expect(mine.totalCount).toBe(1);
    const id = mine.edges[0].node.id;

    expect(ok(await gql(app, MY_TICKETS, {}, reza.token)).myTickets.totalCount).toBe(0);
    expect(ok(await gql(app, MY_TICKETS, {}, saraInB.token)).myTickets.totalCount).toBe(0);
    for (const other of [reza, saraInB]) {
      expect(errorCode(await gql(app, MY_TICKET, { id }, other.token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(app, REPLY_MINE, { id, input: { body: 'نفوذ' } }, other.token))).toBe('NOT_FOUND');
      expect(errorCode(await gql(app, RATE_MINE, { id, input: { score: 1 } }, other.token))).toBe('NOT_FOUND');
    }
    expect(ok(await gql(app, STAFF_DETAIL, { id }, shopA.token)).ticket.messages.map((m: { body: string }) => m.body)).not.toContain('نفوذ');

    // Sara's pending upload cannot be attached by Reza; a member cannot use the staff upload route or staff operations.
    const saras = (await upload('mine.png', PNG, sara.token)).body.id;
    const stolen = await gql(app, CREATE_MINE, { input: { subject: 'x', body: 'y', attachmentIds: [saras] } }, reza.token);
    expect(stolen.errors![0].extensions!.fields).toEqual([{ field: 'input.attachmentIds.0', message: 'is not an upload of yours waiting to be attached' }]);
    expect(ok(await gql(app, MY_TICKETS, {}, reza.token)).myTickets.totalCount).toBe(0);
    expect((await upload('a.png', PNG, reza.token, '/attachments')).status).toBe(403);
    expect(errorCode(await gql(app, `{ tickets(first: 1) { totalCount } }`, {}, sara.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `query($id: ID!) { ticket(id: $id) { id } }`, { id }, sara.token))).toBe('FORBIDDEN');
    // Staff cannot use the member operations either.
    expect(errorCode(await gql(app, MY_TICKETS, {}, shopA.token))).toBe('FORBIDDEN');
    expect((await upload('a.png', PNG, shopA.token)).status).toBe(403);
    // A member's category must be of their workspace.
    const categoryB = ok(await gql(app, `mutation { createTicketCategory(input: { nameFa: "ب", nameEn: "B" }) { id } }`, {}, shopB.token)).createTicketCategory.id;
    const wrong = await gql(app, CREATE_MINE, { input: { subject: 'x', body: 'y', categoryId: categoryB } }, sara.token);
    expect(wrong.errors![0].extensions!.fields).toEqual([{ field: 'input.categoryId', message: 'is not a ticket category of this workspace' }]);
    // Idempotency keys are per member: Reza reusing Sara's key files his own ticket.
    const own = ok(await gql(app, CREATE_MINE, { input: { subject: 'کالا آسیب دیده رسید', body: 'جعبه شکسته بود', type: 'COMPLAINT' }, key: 'club-1' }, reza.token)).createMyTicket;
    expect(own.id).not.toBe(id);
    expect(ok(await gql(app, MY_TICKETS, {}, reza.token)).myTickets.totalCount).toBe(1);
  });
});
