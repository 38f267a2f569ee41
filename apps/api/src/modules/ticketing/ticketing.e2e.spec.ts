import request from 'supertest';
import { DataSource } from 'typeorm';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../test/utils/smtp-sink';
import { inviteAndAccept, StaffMemberSession } from '../../../test/utils/staff';
import { SmsGateway, startSmsGateway } from '../../../test/utils/sms-gateway';
import { eventually, ok } from './ticketing.test-utils';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { BusinessCalendarService } from '../workspaces/business-calendar.service';
import { TicketingJobs } from './ticketing.jobs';
import { TicketsQueries } from './tickets-queries.service';


const TICKET = `id number createdAt subject status channel priority reopenedCount firstResponseAt resolvedAt closedAt firstResponseDueAt resolutionDueAt slaWarnedAt slaBreachedAt
  assignee { id } queueId categoryId contact { id }`;
const CREATE = `mutation($input: CreateTicketInput!, $key: String) { createTicket(input: $input, idempotencyKey: $key) { ${TICKET} } }`;
const REPLY = `mutation($id: ID!, $input: ReplyToTicketInput!) { replyToTicket(id: $id, input: $input) { ${TICKET} } }`;
const STATUS = `mutation($id: ID!, $status: TicketStatus!) { setTicketStatus(id: $id, status: $status) { ${TICKET} } }`;
const RESOLVE = `mutation($id: ID!) { resolveTicket(id: $id) { ${TICKET} } }`;
const CLOSE = `mutation($id: ID!) { closeTicket(id: $id) { ${TICKET} } }`;
const ASSIGN = `mutation($id: ID!, $to: ID) { assignTicket(id: $id, assigneeId: $to) { ${TICKET} history { kind fromValue toValue actor { id } } } }`;
const DETAIL = `query($id: ID!) { ticket(id: $id) { ${TICKET} messages { kind body channel authorContactId author { id } } history { kind fromValue toValue } } }`;
const LIST = `query($filter: TicketFilter) { tickets(first: 50, filter: $filter) { totalCount edges { node { id number } } } }`;
const PROFILE = `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { phone } }`;



describe('ticketing: assignment, alerts, conversation, status, SLA, inbound SMS and email', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let sms: SmsGateway;
  let ds: DataSource;
  let owner: Owner;
  let ownerMemberId: string;
  let ali: StaffMemberSession;
  let sara: StaffMemberSession;
  let salesRep: StaffMemberSession;
  let categoryId: string;
  let queueId: string;
  let customerId: string;
  const customerPhone = '09351112233';
  const call = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
  const customerMessages = (contactId: string) =>
    ds.query(`SELECT channel, recipient, subject, body_text, status, idempotency_key FROM messages WHERE contact_id = $1 AND direction = 'OUT' ORDER BY created_at`, [contactId]) as Promise<
      Array<{ channel: string; recipient: string; subject: string | null; body_text: string; status: string; idempotency_key: string | null }>
    >;
  const alertsTo = (memberId: string) =>
    ds.query(`SELECT channel, body_text, idempotency_key, status FROM messages WHERE member_id = $1 ORDER BY created_at`, [memberId]) as Promise<
      Array<{ channel: string; body_text: string; idempotency_key: string; status: string }>
    >;
  const contact = async (firstName: string, phone?: string, email?: string, token = owner.token) =>
    ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
      input: { firstName, lastName: 'مشتری', ...(phone ? { phones: [{ number: phone }] } : {}), ...(email ? { email } : {}) },
    }, token)).createContact.id as string;
  const apiKey = async (scopes: string[]) => ok(await call(`mutation($s: [String!]!) { createApiKey(input: { name: "hook", scopes: $s }) { secret } }`, { s: scopes })).createApiKey.secret as string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sms = await startSmsGateway();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' },
    });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'فروشگاه پشتیبانی');
    ownerMemberId = ok(await call(`{ staffMembers(first: 5) { edges { node { id } } } }`)).staffMembers.edges[0].node.id;
    ali = await inviteAndAccept(app, smtp, owner, 'SUPPORT', 'علی کارشناس');
    sara = await inviteAndAccept(app, smtp, owner, 'SUPPORT', 'سارا کارشناس');
    salesRep = await inviteAndAccept(app, smtp, owner, 'SALES', 'فروشنده');
    ok(await gql(app, PROFILE, { i: { phone: '09121110001' } }, ali.token));
    ok(await gql(app, PROFILE, { i: { phone: '09121110002' } }, sara.token));
    const queue = ok(await call(`mutation($i: TicketQueueInput!) { createTicketQueue(input: $i) { id name memberIds assignmentMode supervisorMemberId } }`, {
      i: { name: 'پس از فروش', memberIds: [ali.memberId, sara.memberId], assignmentMode: 'ROUND_ROBIN', supervisorMemberId: ownerMemberId },
    })).createTicketQueue;
    queueId = queue.id;
    categoryId = ok(await call(`mutation($i: CreateTicketCategoryInput!) { createTicketCategory(input: $i) { id queueId } }`, {
      i: { nameFa: 'خرابی کالا', nameEn: 'Faulty product', queueId },
    })).createTicketCategory.id;
    customerId = await contact('رضا', customerPhone);
  });

  afterAll(async () => {
    await app.close();
    await smtp.close();
    await sms.close();
  });

  it('a new ticket is numbered, routed round-robin across the queue, the expert gets an SMS at once and the customer an acknowledgement with the number', async () => {
    const created = [];
    for (const subject of ['دستگاه روشن نمی‌شود', 'صدای اضافه', 'باتری']) {
      created.push(ok(await call(CREATE, { input: { contactId: customerId, subject, body: 'لطفاً پیگیری کنید', categoryId, type: 'PROBLEM' } })).createTicket);
    }
    expect(created.map((t) => t.assignee.id)).toEqual([ali.memberId, sara.memberId, ali.memberId]);
    const [first] = created;
    expect(first).toMatchObject({ status: 'NEW', channel: 'DASHBOARD', priority: 'NORMAL', queueId, categoryId });
    expect(created.map((t) => t.number)).toEqual([first.number, first.number + 1, first.number + 2]);
    // NORMAL default policy: first response in 480 business minutes, resolution in 2880, on the workspace's calendar.
    const calendar = app.app.get(BusinessCalendarService);
    const createdAt = new Date(first.createdAt);
    expect(first.firstResponseDueAt).toBe((await calendar.dueAt(undefined, createdAt, 480, owner.workspaceId)).toISOString());
    expect(first.resolutionDueAt).toBe((await calendar.dueAt(undefined, createdAt, 2880, owner.workspaceId)).toISOString());

    // The expert's SMS reaches the local gateway through the outbox and one dispatcher run.
    const alert = await eventually(() => Promise.resolve(sms.sent.find((s) => s.receptor === '989121110001' && s.message.includes('دستگاه روشن نمی‌شود'))), 'the expert SMS');
    expect(alert.message).toContain('به شما سپرده شد');
    expect(alert.message).toContain(`https://crm.example.ir/tickets/${first.id}`);
    expect((await alertsTo(ali.memberId)).map((a) => a.channel).sort()).toEqual(['EMAIL', 'EMAIL', 'SMS', 'SMS']);

    // The customer's acknowledgement by SMS carries the ticket number (Persian digits in the built-in fa text).
    const acks = (await customerMessages(customerId)).filter((m) => m.idempotency_key === `ticket:${first.id}:ack`);
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ channel: 'SMS', recipient: '+989351112233' });
    expect(acks[0].body_text).toContain(`شماره ${String(first.number).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])}`);
    await eventually(() => Promise.resolve(sms.sent.find((s) => s.receptor === '989351112233' && s.message.includes('ثبت شد'))), 'the acknowledgement SMS');

    // An idempotent retry returns the first ticket.
    const again = ok(await call(CREATE, { input: { contactId: customerId, subject: 'تکراری' }, key: 'tk-1' })).createTicket;
    expect(ok(await call(CREATE, { input: { contactId: customerId, subject: 'تکراری' }, key: 'tk-1' })).createTicket.id).toBe(again.id);
  });

  it('the workspace’s ticket.received template is used for the acknowledgement when it exists', async () => {
    ok(await call(`mutation($i: CreateMessageTemplateInput!) { createMessageTemplate(input: $i) { id } }`, {
      i: { key: 'ticket.received', name: 'ثبت تیکت', channel: 'SMS', language: 'fa', body: 'تیکت {{ticket.number}} با موضوع «{{ticket.subject}}» ثبت شد. {{workspace.name}}' },
    }));
    const other = await contact('نگار', '09351112299');
    const t = ok(await call(CREATE, { input: { contactId: other, subject: 'گارانتی' } })).createTicket;
    const [ack] = await customerMessages(other);
    expect(ack.idempotency_key).toBe(`ticket:${t.id}:ack`);
    expect(ack.body_text).toMatch(/^تیکت .+ با موضوع «گارانتی» ثبت شد\./);
    const [row] = await ds.query(`SELECT template_key FROM messages WHERE idempotency_key = $1`, [`ticket:${t.id}:ack`]);
    expect(row.template_key).toBe('ticket.received');
    await ds.query(`DELETE FROM message_templates WHERE key = 'ticket.received'`);
  });

  it('internal notes are never sent and never in customer-facing reads; public replies are sent and set the first response', async () => {
    const c = await contact('مینا', '09351114455');
    const t = ok(await call(CREATE, { input: { contactId: c, subject: 'مرجوعی', queueId } })).createTicket;
    const note = 'یادداشت داخلی: مشتری قبلاً هم شکایت داشته — محرمانه';
    const afterNote = ok(await gql(app, REPLY, { id: t.id, input: { body: note, internal: true } }, ali.token)).replyToTicket;
    expect(afterNote).toMatchObject({ status: 'NEW', firstResponseAt: null });
    const reply = 'سلام، کالا را برای ما ارسال کنید تا بررسی شود.';
    const afterReply = ok(await gql(app, REPLY, { id: t.id, input: { body: reply, status: 'WAITING_ON_CUSTOMER' } }, ali.token)).replyToTicket;
    expect(afterReply.status).toBe('WAITING_ON_CUSTOMER');
    expect(afterReply.firstResponseAt).not.toBeNull();

    await eventually(() => Promise.resolve(sms.sent.find((s) => s.receptor === '989351114455' && s.message === reply)), 'the public reply SMS');
    const out = await customerMessages(c);
    expect(out.map((m) => m.body_text)).toContain(reply);
    expect(out.some((m) => m.body_text.includes('محرمانه'))).toBe(false);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM messages WHERE body_text LIKE '%محرمانه%'`);
    expect(n).toBe(0);
    expect(sms.sent.some((s) => s.message.includes('محرمانه'))).toBe(false);
    expect(smtp.messages.some((m) => m.text?.includes('محرمانه'))).toBe(false);

    // Staff see both; the customer-facing read has the reply only.
    const staffView = ok(await call(DETAIL, { id: t.id })).ticket;
    expect(staffView.messages.map((m: { kind: string }) => m.kind)).toEqual(['INTERNAL_NOTE', 'PUBLIC_REPLY']);
    expect(staffView.messages[0].author.id).toBe(ali.memberId);
    const customerView = await inWorkspace(app, owner.workspaceId, () => app.app.get(TicketsQueries).customerMessages(t.id, c));
    expect(customerView.map((m) => m.body)).toEqual([reply]);
    // …and the timeline has the reply but not the note.
    const timeline = ok(await call(`query($id: ID!) { contact(id: $id) { timeline(first: 50) { edges { node { kind summary body } } } } }`, { id: c })).contact.timeline.edges.map(
      (e: { node: { kind: string; summary: string; body: string | null } }) => e.node,
    );
    expect(timeline.filter((i: { kind: string }) => i.kind === 'TICKET').map((i: { summary: string }) => i.summary)).toEqual(
      expect.arrayContaining([`Ticket #${t.number} opened: مرجوعی`, `Reply on ticket #${t.number}`]),
    );
    expect(timeline.some((i: { body: string | null }) => i.body?.includes('محرمانه'))).toBe(false);
  });

  it('updateTicket: a new priority recomputes the SLA due times from creation; category moves the queue; bad ids name the field', async () => {
    const t = ok(await call(CREATE, { input: { contactId: customerId, subject: 'سؤال درباره گارانتی', type: 'QUESTION' } })).createTicket;
    const updated = ok(await call(`mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { ${TICKET} } }`, {
      id: t.id, i: { priority: 'URGENT', type: 'COMPLAINT', categoryId, tags: ['گارانتی', ' گارانتی '] },
    })).updateTicket;
    const calendar = app.app.get(BusinessCalendarService);
    const createdAt = new Date(t.createdAt);
    // URGENT default policy: first response in 60 business minutes, resolution in 240.
    expect(updated).toMatchObject({ priority: 'URGENT', queueId, categoryId });
    expect(updated.firstResponseDueAt).toBe((await calendar.dueAt(undefined, createdAt, 60, owner.workspaceId)).toISOString());
    expect(updated.resolutionDueAt).toBe((await calendar.dueAt(undefined, createdAt, 240, owner.workspaceId)).toISOString());
    const bad = await call(`mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { id } }`, { id: t.id, i: { categoryId: '00000000-0000-0000-0000-000000000000' } });
    expect(bad.errors![0].extensions!.fields![0]).toMatchObject({ field: 'input.categoryId' });
  });

  it('what people type is sent as written: braces in a customer’s subject or a staff reply are text, not template variables', async () => {
    const c = await contact('آرش', '09351114466');
    const t = ok(await call(CREATE, { input: { contactId: c, subject: 'کد {{خراب}} روی صفحه', queueId } })).createTicket;
    const reply = 'لطفاً عبارت {{contact.nickname}} را که در صفحه می‌بینید عیناً بفرستید.';
    ok(await gql(app, REPLY, { id: t.id, input: { body: reply } }, ali.token));
    await eventually(() => Promise.resolve(sms.sent.find((s) => s.receptor === '989351114466' && s.message === reply)), 'the literal reply SMS');
    expect(sms.sent.some((s) => s.receptor === '989351114466' && s.message.includes('«کد {{خراب}} روی صفحه»'))).toBe(true);
  });

  it('status transitions: impossible ones are CONFLICT naming the status; a customer SMS reopens a resolved ticket; closed is final', async () => {
    const c = await contact('کاوه', '09351116677');
    const t = ok(await call(CREATE, { input: { contactId: c, subject: 'پیگیری ارسال', assigneeId: sara.memberId } })).createTicket;
    expect(ok(await call(STATUS, { id: t.id, status: 'OPEN' })).setTicketStatus.status).toBe('OPEN');
    const back = await call(STATUS, { id: t.id, status: 'NEW' });
    expect(errorCode(back)).toBe('CONFLICT');
    expect(back.errors![0].message).toBe(`Ticket #${t.number} is OPEN and cannot become NEW (allowed: WAITING_ON_CUSTOMER, RESOLVED, CLOSED)`);
    expect(back.errors![0].extensions!.status).toBe('OPEN');
    const resolved = ok(await call(RESOLVE, { id: t.id })).resolveTicket;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolvedAt).not.toBeNull();

    const key = await apiKey(['messages:receive']);
    const post = (body: Record<string, unknown>) => request(app.url).post('/webhooks/sms').set('authorization', `Bearer ${key}`).send(body);
    expect((await post({ from: '09351116677', message: 'هنوز مشکل دارم', messageid: 'in-1' })).status).toBe(200);
    const reopened = ok(await call(DETAIL, { id: t.id })).ticket;
    expect(reopened).toMatchObject({ status: 'OPEN', reopenedCount: 1, resolvedAt: null });
    expect(reopened.messages).toEqual([expect.objectContaining({ kind: 'CUSTOMER_MESSAGE', body: 'هنوز مشکل دارم', channel: 'SMS', authorContactId: c })]);
    expect(reopened.history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED', 'ASSIGNED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'REOPENED']);

    const closed = ok(await call(CLOSE, { id: t.id })).closeTicket;
    expect(closed.closedAt).not.toBeNull();
    const reply = await call(REPLY, { id: t.id, input: { body: 'x' } });
    expect(errorCode(reply)).toBe('CONFLICT');
    expect(reply.errors![0].message).toContain('is CLOSED');
    expect(errorCode(await call(STATUS, { id: t.id, status: 'OPEN' }))).toBe('CONFLICT');
  });

  it('reassignment is audited in the history and alerts the new assignee', async () => {
    const t = ok(await call(CREATE, { input: { contactId: customerId, subject: 'تعویض کارشناس', assigneeId: ali.memberId } })).createTicket;
    const moved = ok(await call(ASSIGN, { id: t.id, to: sara.memberId })).assignTicket;
    expect(moved.assignee.id).toBe(sara.memberId);
    expect(moved.history.filter((h: { kind: string }) => h.kind === 'ASSIGNED').map((h: { fromValue: string | null; toValue: string; actor: { id: string } }) => [h.fromValue, h.toValue, h.actor.id])).toEqual([
      [null, ali.memberId, ownerMemberId],
      [ali.memberId, sara.memberId, ownerMemberId],
    ]);
    const alerts = (await alertsTo(sara.memberId)).filter((a) => a.idempotency_key.startsWith(`alert:ticket.assigned:${t.id}:`));
    expect(alerts.map((a) => a.channel).sort()).toEqual(['EMAIL', 'SMS']);
    // The audit log records who changed the assignee.
    const audit = await ds.query(
      `SELECT actor_id FROM audit_log WHERE entity = 'tickets' AND entity_id = $1 AND action = 'UPDATE' AND changes::text LIKE '%assignee_member_id%' ORDER BY id`,
      [t.id],
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('SLA job: a warning to the assignee before the breach, then the breach and an escalation to the supervisor — each exactly once', async () => {
    const t = ok(await call(CREATE, { input: { contactId: customerId, subject: 'فوری: دستگاه سوخت', priority: 'URGENT', assigneeId: ali.memberId } })).createTicket;
    const jobs = app.app.get(TicketingJobs);
    const now = new Date();
    // URGENT default: warned 15 minutes before. Move the first-response target to 10 minutes from now.
    await ds.query(`UPDATE tickets SET first_response_due_at = $2 WHERE id = $1`, [t.id, new Date(now.getTime() + 10 * 60_000)]);
    await jobs.checkSla(now);
    await jobs.checkSla(now);
    let detail = ok(await call(DETAIL, { id: t.id })).ticket;
    expect(detail.slaWarnedAt).not.toBeNull();
    expect(detail.slaBreachedAt).toBeNull();
    const warnings = (await alertsTo(ali.memberId)).filter((a) => a.idempotency_key.startsWith(`alert:ticket.sla_warning:${t.id}:`));
    expect(warnings.map((w) => w.channel).sort()).toEqual(['EMAIL', 'SMS']);
    expect(warnings[0].body_text).toContain('اولین پاسخ');

    // The target passes.
    await ds.query(`UPDATE tickets SET first_response_due_at = $2 WHERE id = $1`, [t.id, new Date(now.getTime() - 60_000)]);
    await jobs.checkSla(now);
    await jobs.checkSla(now);
    detail = ok(await call(DETAIL, { id: t.id })).ticket;
    expect(detail.slaBreachedAt).not.toBeNull();
    expect(detail.history.filter((h: { kind: string }) => h.kind.startsWith('SLA_')).map((h: { kind: string; toValue: string }) => [h.kind, h.toValue])).toEqual([
      ['SLA_WARNED', 'FIRST_RESPONSE'],
      ['SLA_BREACHED', 'FIRST_RESPONSE'],
    ]);
    const escalations = (await alertsTo(ownerMemberId)).filter((a) => a.idempotency_key.startsWith(`alert:ticket.sla_breached:${t.id}:`));
    expect(escalations.map((e) => e.channel)).toEqual(['EMAIL']); // the owner has no mobile number: email only
    expect((await alertsTo(ali.memberId)).filter((a) => a.idempotency_key.includes(t.id) && a.idempotency_key.includes('sla')).length).toBe(2);

    const breaching = ok(await call(LIST, { filter: { breachingWithinMinutes: 0 } })).tickets;
    expect(breaching.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(t.id);
  });

  it('inbound SMS: "<number> text" appends to that ticket, a plain reply to the latest active one; a keyword opens one; replays are stored once', async () => {
    const c = await contact('هادی', '09351118899');
    const older = ok(await call(CREATE, { input: { contactId: c, subject: 'سفارش اول' } })).createTicket;
    const newer = ok(await call(CREATE, { input: { contactId: c, subject: 'سفارش دوم' } })).createTicket;
    const key = await apiKey(['messages:receive']);
    const post = (body: Record<string, unknown>) => request(app.url).post('/webhooks/sms').set('authorization', `Bearer ${key}`).send(body);
    const persianNumber = String(older.number).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    await post({ from: '09351118899', message: 'ممنون از پیگیری', messageid: 'sms-b' });
    await post({ from: '+989351118899', message: `${persianNumber} بسته هنوز نرسیده`, messageid: 'sms-a' });
    await post({ from: '+989351118899', message: `${persianNumber} بسته هنوز نرسیده`, messageid: 'sms-a' });
    const olderMsgs = ok(await call(DETAIL, { id: older.id })).ticket.messages;
    expect(olderMsgs.map((m: { body: string }) => m.body)).toEqual(['بسته هنوز نرسیده']);
    expect(ok(await call(DETAIL, { id: newer.id })).ticket.messages.map((m: { body: string }) => m.body)).toEqual(['ممنون از پیگیری']);

    await post({ from: '09351118899', message: 'پشتیبانی گوشی شارژ نمی‌شود', messageid: 'sms-c' });
    const mine = ok(await call(LIST, { filter: { contactId: c } })).tickets;
    expect(mine.totalCount).toBe(3);
    const opened = ok(await call(DETAIL, { id: mine.edges[0].node.id })).ticket;
    expect(opened).toMatchObject({ subject: 'گوشی شارژ نمی‌شود', channel: 'SMS', status: 'NEW' });
    // Opt-out words are never ticket messages.
    await post({ from: '09351118899', message: 'لغو', messageid: 'sms-d' });
    expect(ok(await call(DETAIL, { id: opened.id })).ticket.messages).toHaveLength(1);
  });

  it('POST /webhooks/email/inbound opens a ticket (acknowledged by email with [#number]) and appends by the tag; replays are stored once', async () => {
    const key = await apiKey(['tickets:write']);
    const post = (body: Record<string, unknown>, auth = key) => request(app.url).post('/webhooks/email/inbound').set('authorization', `Bearer ${auth}`).send(body);
    const first = await post({ from: 'Parisa Ahmadi <parisa@example.ir>', to: 'support@shop.ir', subject: 'Invoice question', text: 'My invoice is wrong.', messageId: '<m1@mail.example.ir>' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: true, duplicate: false });
    const { ticketId, number } = first.body;
    const ack = await smtp.waitFor((m) => (m.to as { text: string }).text === 'parisa@example.ir');
    expect(ack.subject).toContain(`[#${number}]`);

    const replay = await post({ from: 'parisa@example.ir', subject: 'Invoice question', text: 'My invoice is wrong.', messageId: '<m1@mail.example.ir>' });
    expect(replay.body).toEqual({ ticketId, number, created: false, duplicate: true });
    const reply = await post({ from: 'parisa@example.ir', subject: `Re: [#${number}] Invoice question`, text: 'Here is the photo.', messageId: '<m2@mail.example.ir>' });
    expect(reply.body).toEqual({ ticketId, number, created: false, duplicate: false });
    const detail = ok(await call(DETAIL, { id: ticketId })).ticket;
    expect(detail).toMatchObject({ subject: 'Invoice question', channel: 'EMAIL' });
    expect(detail.messages.map((m: { body: string }) => m.body)).toEqual(['My invoice is wrong.', 'Here is the photo.']);
    // Someone else quoting the tag gets a ticket of their own.
    const stranger = await post({ from: 'other@example.ir', subject: `[#${number}] hi`, text: 'hello', messageId: '<m3@mail.example.ir>' });
    expect(stranger.body.created).toBe(true);

    expect((await post({ from: 'a@b.ir', text: 'x', messageId: 'z' }, await apiKey(['messages:receive']))).status).toBe(403);
    expect((await post({ from: 'a@b.ir', text: 'x', messageId: 'z' }, 'nope')).status).toBe(401);
  });

  it('least-open and fixed assignment; a FIXED queue needs its expert', async () => {
    const UPDATE = `mutation($id: ID!, $i: UpdateTicketQueueInput!) { updateTicketQueue(id: $id, input: $i) { assignmentMode fixedMemberId } }`;
    const open = async (memberId: string) =>
      (await ds.query(`SELECT count(*)::int AS n FROM tickets WHERE assignee_member_id = $1 AND status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER')`, [memberId]))[0].n as number;
    ok(await call(UPDATE, { id: queueId, i: { assignmentMode: 'LEAST_OPEN' } }));
    const fewer = (await open(ali.memberId)) <= (await open(sara.memberId)) ? ali.memberId : sara.memberId;
    expect(ok(await call(CREATE, { input: { contactId: customerId, subject: 'کمترین باز', categoryId } })).createTicket.assignee.id).toBe(fewer);

    const bad = await call(UPDATE, { id: queueId, i: { assignmentMode: 'FIXED' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'input.fixedMemberId', message: 'is required when assignmentMode is FIXED' }]);
    ok(await call(UPDATE, { id: queueId, i: { assignmentMode: 'FIXED', fixedMemberId: sara.memberId } }));
    expect(ok(await call(CREATE, { input: { contactId: customerId, subject: 'ثابت', categoryId } })).createTicket.assignee.id).toBe(sara.memberId);
    ok(await call(UPDATE, { id: queueId, i: { assignmentMode: 'ROUND_ROBIN' } }));
  });

  it('auto-close: tickets resolved more than 7 days ago are closed by the job; recent ones stay resolved', async () => {
    const stale = ok(await call(CREATE, { input: { contactId: customerId, subject: 'قدیمی' } })).createTicket;
    const recent = ok(await call(CREATE, { input: { contactId: customerId, subject: 'تازه' } })).createTicket;
    ok(await call(RESOLVE, { id: stale.id }));
    ok(await call(RESOLVE, { id: recent.id }));
    await ds.query(`UPDATE tickets SET resolved_at = now() - interval '8 days' WHERE id = $1`, [stale.id]);
    expect(await app.app.get(TicketingJobs).autoClose()).toBeGreaterThanOrEqual(1);
    expect(ok(await call(DETAIL, { id: stale.id })).ticket.status).toBe('CLOSED');
    expect(ok(await call(DETAIL, { id: recent.id })).ticket.status).toBe('RESOLVED');
  });

  it('permissions: SALES reads but cannot write tickets; SUPPORT writes tickets but cannot manage queues', async () => {
    expect(ok(await gql(app, LIST, {}, salesRep.token)).tickets.totalCount).toBeGreaterThan(0);
    expect(errorCode(await gql(app, CREATE, { input: { contactId: customerId, subject: 'x' } }, salesRep.token))).toBe('FORBIDDEN');
    expect(ok(await gql(app, CREATE, { input: { contactId: customerId, subject: 'از طرف پشتیبانی' } }, ali.token)).createTicket.status).toBe('NEW');
    expect(errorCode(await gql(app, `mutation { createTicketQueue(input: { name: "x", memberIds: [] }) { id } }`, {}, ali.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `mutation { setSlaPolicy(input: { priority: LOW, firstResponseMinutes: 10, resolutionMinutes: 20, warnBeforeMinutes: 5 }) { priority } }`, {}, ali.token))).toBe('FORBIDDEN');
    const policy = ok(await call(`mutation { setSlaPolicy(input: { priority: LOW, firstResponseMinutes: 600, resolutionMinutes: 3000, warnBeforeMinutes: 30 }) { priority firstResponseMinutes isDefault } }`)).setSlaPolicy;
    expect(policy).toEqual({ priority: 'LOW', firstResponseMinutes: 600, isDefault: false });
    const mine = ok(await gql(app, LIST, { filter: { mine: true } }, ali.token)).tickets;
    const unassigned = ok(await call(LIST, { filter: { unassigned: true } })).tickets;
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(unassigned.totalCount).toBeGreaterThan(0);
  });

  it('isolation: another workspace sees none of these tickets, queues or categories', async () => {
    const other = await signUpOwner(app, 'Another shop');
    const [any] = ok(await call(LIST)).tickets.edges;
    expect(errorCode(await gql(app, DETAIL, { id: any.node.id }, other.token))).toBe('NOT_FOUND');
    expect(ok(await gql(app, LIST, {}, other.token)).tickets.totalCount).toBe(0);
    expect(ok(await gql(app, `{ ticketQueues { id } ticketCategories { id } }`, {}, other.token))).toEqual({ ticketQueues: [], ticketCategories: [] });
    const foreign = await gql(app, CREATE, { input: { contactId: customerId, subject: 'x', categoryId } }, other.token);
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
  });
});
