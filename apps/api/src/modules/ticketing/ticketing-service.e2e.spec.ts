import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../test/utils/sms-gateway';
import { startSmtpSink, SmtpSink } from '../../../test/utils/smtp-sink';
import { inviteAndAccept, StaffMemberSession } from '../../../test/utils/staff';
import { eventually, ok } from './ticketing.test-utils';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { BusinessCalendarService } from '../workspaces/business-calendar.service';
import { AttachmentsService } from './attachments/attachments.service';
import { TicketLinks } from './signed-links';
import { TicketingJobs } from './ticketing.jobs';

const MAX_BYTES = 64 * 1024;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const WINDOWS_PROGRAM = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const TICKET = `id number status firstResponseAt resolvedAt resolutionDueAt firstResponseDueAt slaPausedAt slaPausedMinutes slaWarnedAt resolutionWarnedAt slaBreachedAt
  csatScore csatComment csatRequestedAt csatRatedAt allowedTransitions contact { id }`;
const FILES = `attachments { id fileName contentType sizeBytes url messageId }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET} messages { id kind ${FILES} } } }`;
const REPLY = `mutation($id: ID!, $input: ReplyToTicketInput!) { replyToTicket(id: $id, input: $input) { ${TICKET} messages { id kind body ${FILES} } ${FILES} } }`;
const STATUS = `mutation($id: ID!, $status: TicketStatus!) { setTicketStatus(id: $id, status: $status) { ${TICKET} } }`;
const RESOLVE = `mutation($id: ID!) { resolveTicket(id: $id) { ${TICKET} } }`;
const DETAIL = `query($id: ID!) { ticket(id: $id) { ${TICKET} messages { id kind body ${FILES} } ${FILES} history { kind fromValue toValue data } } }`;
const RATE = `mutation($token: String!, $score: Int!, $comment: String) { rateTicket(token: $token, score: $score, comment: $comment) }`;



describe('ticketing service: attachments, CSAT, macros, SLA pause and warnings, settings, metrics', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let sms: SmsGateway;
  let ds: DataSource;
  let owner: Owner;
  let agent: StaffMemberSession;
  let salesRep: StaffMemberSession;
  let customerId: string;
  let dir: string;
  const call = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
  const upload = (name: string, content: Buffer, token = owner.token) =>
    request(app.url).post(`/attachments?name=${encodeURIComponent(name)}`).set('authorization', `Bearer ${token}`).set('content-type', 'application/octet-stream').send(content);
  const contact = async (firstName: string, phone?: string, token = owner.token) =>
    ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, {
      input: { firstName, lastName: 'مشتری', ...(phone ? { phones: [{ number: phone }] } : {}) },
    }, token)).createContact.id as string;
  const apiKey = async (scopes: string[]) => ok(await call(`mutation($s: [String!]!) { createApiKey(input: { name: "hook", scopes: $s }) { secret } }`, { s: scopes })).createApiKey.secret as string;
  const newTicket = async (subject: string, extra: Record<string, unknown> = {}, contactId = customerId) =>
    ok(await call(CREATE, { input: { contactId, subject, body: 'شرح مشکل', ...extra } })).createTicket;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peyvand-attachments-'));
    smtp = await startSmtpSink();
    sms = await startSmsGateway();
    app = await startTestApp({
      env: {
        SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k',
        ATTACHMENTS_DIR: dir, ATTACHMENT_MAX_BYTES: String(MAX_BYTES),
      },
    });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'فروشگاه خدمات');
    agent = await inviteAndAccept(app, smtp, owner, 'SUPPORT', 'کارشناس');
    salesRep = await inviteAndAccept(app, smtp, owner, 'SALES', 'فروشنده');
    ok(await gql(app, `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { phone } }`, { i: { phone: '09121110009' } }, agent.token));
    customerId = await contact('رضا', '09351110001');
  });

  afterAll(async () => {
    await app.close();
    await smtp.close();
    await sms.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('attachments', () => {
    it('accepts images, PDF, office documents and text by their content and refuses programs, wrong extensions and oversized files', async () => {
      const png = await upload('photo.png', PNG);
      expect(png.status).toBe(201);
      expect(png.body).toMatchObject({ fileName: 'photo.png', contentType: 'image/png', sizeBytes: PNG.length });
      expect((await upload('invoice.pdf', PDF)).body.contentType).toBe('application/pdf');
      expect((await upload('notes.txt', Buffer.from('سلام، این یک یادداشت است'))).body.contentType).toBe('text/plain; charset=utf-8');
      const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
      expect((await upload('letter.docx', docx)).body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

      const refused = async (name: string, content: Buffer, status = 400) => {
        const res = await upload(name, content);
        expect(res.status).toBe(status);
        expect(res.body.code).toBe('BAD_USER_INPUT');
        expect(res.body.fields[0].field).toBe('file');
        return res.body.fields[0].message as string;
      };
      // A Windows program named like a PDF: the content decides.
      expect(await refused('invoice.pdf', WINDOWS_PROGRAM)).toMatch(/programs/);
      expect(await refused('photo.png.exe', PNG)).toMatch(/programs/);
      expect(await refused('run.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'))).toMatch(/programs/);
      expect(await refused('macro.docx', Buffer.concat([docx, Buffer.from('word/vbaProject.bin')]))).toMatch(/macro/);
      expect(await refused('page.html', Buffer.from('<script>alert(1)</script>'))).toMatch(/programs/);
      expect(await refused('photo.pdf', PNG)).toMatch(/name the file \.png/);
      expect(await refused('blob.dat', Buffer.from([0x00, 0x01, 0x02, 0xff]))).toMatch(/only images/);
      expect(await refused('empty.txt', Buffer.alloc(0))).toMatch(/empty/);
      const big = await upload('big.txt', Buffer.alloc(MAX_BYTES + 1, 0x61));
      expect(big.status).toBe(413);
      expect(big.body.fields).toEqual([{ field: 'file', message: 'is larger than 64 KB' }]);

      // Names are sanitised: no path, no bidi override that makes "exe.pdf" read as "pdf.exe".
      expect((await upload('../../etc/passwd.txt', Buffer.from('x'))).body.fileName).toBe('passwd.txt');
      expect((await upload('report\u202Etxt.pdf', PDF)).body.fileName).toBe('reporttxt.pdf');
      expect((await upload('C:\\Users\\a\\scan.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).body.fileName).toBe('scan.jpg');

      // Only staff allowed to write tickets upload through this route.
      expect((await request(app.url).post('/attachments?name=a.txt').send(Buffer.from('x'))).status).toBe(401);
      expect((await upload('a.txt', Buffer.from('x'), salesRep.token)).status).toBe(403);
      expect((await request(app.url).post('/attachments').set('authorization', `Bearer ${owner.token}`).send(Buffer.from('x'))).body.fields[0].field).toBe('name');
      const stored: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM ticket_attachments WHERE file_name IN ('photo.png.exe', 'big.txt', 'run.sh')`);
      expect(stored[0].n).toBe(0);
    });

    it('an upload is attached once, by its uploader, and downloads through a short-lived signed link as a download only', async () => {
      const png = (await upload('broken-screen.png', PNG)).body.id as string;
      const pdf = (await upload('invoice.pdf', PDF)).body.id as string;
      const t = await newTicket('صفحه شکسته', { attachmentIds: [png, pdf] });
      expect(t.messages[0].attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['broken-screen.png', 'invoice.pdf']);

      // The file is on disk under ATTACHMENTS_DIR/<workspace>/<id>, readable by the server only.
      const [row] = await ds.query(`SELECT storage_key, sha256, ticket_id, message_id FROM ticket_attachments WHERE id = $1`, [png]);
      expect(row).toMatchObject({ storage_key: `${owner.workspaceId}/${png}`, ticket_id: t.id, message_id: t.messages[0].id });
      expect(readFileSync(join(dir, row.storage_key))).toEqual(PNG);
      expect(statSync(join(dir, row.storage_key)).mode & 0o777).toBe(0o600);

      const url = new URL(t.messages[0].attachments[0].url);
      expect(url.origin).toBe('https://crm.example.ir');
      const got = await request(app.url).get(url.pathname).buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(got.status).toBe(200);
      expect(got.body).toEqual(PNG);
      expect(got.headers['content-type']).toBe('image/png');
      expect(got.headers['content-disposition']).toBe(`attachment; filename="broken-screen.png"; filename*=UTF-8''broken-screen.png`);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-security-policy']).toContain('sandbox');

      // An altered or expired link opens nothing.
      const token = url.pathname.split('/').pop()!;
      const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
      expect((await request(app.url).get(`/attachments/${altered}`)).status).toBe(404);
      const links = app.app.get(TicketLinks);
      expect(links.verifyAttachment(token)).toMatchObject({ id: png, workspaceId: owner.workspaceId });
      expect(links.verifyAttachment(token, Date.now() + 16 * 60_000)).toBeNull();

      // Attached once: a second use of the same upload is refused, naming the index.
      const again = await call(REPLY, { id: t.id, input: { body: 'دوباره', attachmentIds: [pdf] } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].extensions!.fields).toEqual([{ field: 'input.attachmentIds.0', message: 'is not an upload of yours waiting to be attached' }]);
      // Another staff member's pending upload cannot be taken either, and nothing of the reply is written.
      const agentsUpload = (await upload('agent.txt', Buffer.from('note'), agent.token)).body.id as string;
      const taken = await call(REPLY, { id: t.id, input: { body: 'پاسخ با فایل دیگری', attachmentIds: [agentsUpload] } });
      expect(errorCode(taken)).toBe('BAD_USER_INPUT');
      expect(ok(await call(DETAIL, { id: t.id })).ticket.messages.map((m: { body: string }) => m.body)).not.toContain('پاسخ با فایل دیگری');

      // The agent attaches their own to an internal note; staff see every file of the ticket.
      const noted = ok(await gql(app, REPLY, { id: t.id, input: { body: 'عکس داخلی', internal: true, attachmentIds: [agentsUpload] } }, agent.token)).replyToTicket;
      const note = noted.messages.find((m: { kind: string }) => m.kind === 'INTERNAL_NOTE');
      expect(note.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['agent.txt']);
      expect(noted.attachments).toHaveLength(3);
    });

    it('two replies racing for one upload: exactly one takes it; uploads left unattached for a day are deleted with their files', async () => {
      const t = await newTicket('دو پاسخ هم‌زمان');
      const id = (await upload('race.pdf', PDF)).body.id as string;
      const results = await Promise.all([1, 2].map((n) => call(REPLY, { id: t.id, input: { body: `پاسخ ${n}`, internal: true, attachmentIds: [id] } })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT')).toHaveLength(1);
      const bodies = ok(await call(DETAIL, { id: t.id })).ticket.messages.map((m: { body: string }) => m.body);
      expect(bodies.filter((b: string) => b.startsWith('پاسخ '))).toHaveLength(1);

      const abandoned = (await upload('abandoned.txt', Buffer.from('never attached'))).body.id as string;
      const [{ storage_key: key }] = await ds.query(`SELECT storage_key FROM ticket_attachments WHERE id = $1`, [abandoned]);
      const attachments = app.app.get(AttachmentsService);
      expect(await attachments.deleteAbandoned()).toBe(0);
      expect(await attachments.deleteAbandoned(new Date(Date.now() + 25 * 3600_000))).toBeGreaterThanOrEqual(1);
      expect(await ds.query(`SELECT id FROM ticket_attachments WHERE id = ANY($1)`, [[abandoned, id]])).toEqual([{ id }]);
      expect(readdirSync(join(dir, owner.workspaceId))).not.toContain(key.split('/')[1]);
    });

    it('attachments of an inbound email are stored with its message; refused ones are named in an internal note', async () => {
      const key = await apiKey(['tickets:write']);
      const res = await request(app.url).post('/webhooks/email/inbound').set('authorization', `Bearer ${key}`).send({
        from: 'Mina <mina@example.ir>', subject: 'فاکتور اشتباه', text: 'فاکتور پیوست است', messageId: '<in-1@mail.example.ir>',
        attachments: [
          { filename: 'factor.pdf', content: PDF.toString('base64') },
          { filename: 'factor.pdf.exe', content: WINDOWS_PROGRAM.toString('base64') },
        ],
      });
      expect(res.status).toBe(200);
      const t = ok(await call(DETAIL, { id: res.body.ticketId })).ticket;
      const [first, note] = t.messages;
      expect(first).toMatchObject({ kind: 'CUSTOMER_MESSAGE', body: 'فاکتور پیوست است' });
      expect(first.attachments.map((a: { fileName: string; contentType: string }) => [a.fileName, a.contentType])).toEqual([['factor.pdf', 'application/pdf']]);
      expect(note.kind).toBe('INTERNAL_NOTE');
      expect(note.body).toContain('factor.pdf.exe');
      // A repeated webhook stores nothing twice and leaves no stray file behind.
      const before = (await ds.query(`SELECT count(*)::int AS n FROM ticket_attachments WHERE source = 'EMAIL'`))[0].n;
      const replay = await request(app.url).post('/webhooks/email/inbound').set('authorization', `Bearer ${key}`).send({
        from: 'Mina <mina@example.ir>', subject: 'فاکتور اشتباه', text: 'فاکتور پیوست است', messageId: '<in-1@mail.example.ir>',
        attachments: [{ filename: 'factor.pdf', content: PDF.toString('base64') }],
      });
      expect(replay.body.duplicate).toBe(true);
      expect((await ds.query(`SELECT count(*)::int AS n FROM ticket_attachments WHERE source = 'EMAIL'`))[0].n).toBe(before);
      expect(readdirSync(join(dir, owner.workspaceId)).length).toBe((await ds.query(`SELECT count(*)::int AS n FROM ticket_attachments WHERE workspace_id = $1`, [owner.workspaceId]))[0].n);
    });
  });

  describe('CSAT', () => {
    const tokenOf = (text: string) => /\/csat\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

    it('resolving sends a signed survey link by SMS; the answer is stored on the ticket, its history and the timeline, once', async () => {
      const c = await contact('سمیرا', '09351110002');
      const t = await newTicket('گارانتی', {}, c);
      ok(await call(REPLY, { id: t.id, input: { body: 'بررسی شد' } }));
      const resolved = ok(await call(RESOLVE, { id: t.id })).resolveTicket;
      expect(resolved.csatRequestedAt).not.toBeNull();
      const survey = await eventually(() => sms.sent.find((s) => s.receptor === '989351110002' && s.message.includes('/csat/')), 'the survey SMS');
      expect(survey.message).toContain('https://crm.example.ir/csat/');
      const token = tokenOf(survey.message)!;

      // The public page asks the question in the workspace's language.
      const page = await request(app.url).get(`/csat/${token}`).set('accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toContain('چقدر راضی بودید');
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect((await request(app.url).get(`/csat/${token.slice(0, -3)}xyz`)).status).toBe(404);

      const bad = await gql(app, RATE, { token, score: 6 });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(app, RATE, { token: token.slice(0, -3) + 'abc', score: 5 }))).toBe('NOT_FOUND');
      expect(ok(await gql(app, RATE, { token, score: 4, comment: 'پاسخ سریع بود' })).rateTicket).toBe(true);
      const again = await gql(app, RATE, { token, score: 1 });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(again.errors![0].message).toMatch(/already rated/);

      const detail = ok(await call(DETAIL, { id: t.id })).ticket;
      expect(detail).toMatchObject({ csatScore: 4, csatComment: 'پاسخ سریع بود' });
      expect(detail.history.at(-1)).toMatchObject({ kind: 'CSAT_RATED', toValue: '4' });
      const timeline = await ds.query(`SELECT summary, body, data FROM timeline_items WHERE contact_id = $1 AND data->>'step' = 'rated'`, [c]);
      expect(timeline).toEqual([{ summary: `Ticket #${t.number} rated 4/5`, body: 'پاسخ سریع بود', data: expect.objectContaining({ score: 4, ticketId: t.id }) }]);
      // The page now says it was answered.
      expect((await request(app.url).get(`/csat/${token}`)).text).toContain('پیش از این ثبت شده');

      // A reopen and a new resolution open a new survey; the page's form answers it.
      ok(await call(STATUS, { id: t.id, status: 'OPEN' }));
      ok(await call(RESOLVE, { id: t.id }));
      const posted = await request(app.url).post(`/csat/${token}`).type('form').send({ score: '2', comment: 'دوباره خراب شد' });
      expect(posted.status).toBe(200);
      expect(posted.text).toContain('سپاس');
      expect(ok(await call(DETAIL, { id: t.id })).ticket).toMatchObject({ csatScore: 2, csatComment: 'دوباره خراب شد' });
    });

    it('two answers racing store exactly one; an unresolved ticket cannot be rated; the survey can be switched off', async () => {
      const c = await contact('کاوه', '09351110003');
      const t = await newTicket('تعویض', {}, c);
      const token = app.app.get(TicketLinks).csatToken(owner.workspaceId, t.id);
      const early = await gql(app, RATE, { token, score: 5 });
      expect(errorCode(early)).toBe('CONFLICT');
      expect(early.errors![0].extensions!.status).toBe('NEW');
      ok(await call(RESOLVE, { id: t.id }));
      const results = await Promise.all([1, 2, 3, 4, 5].map((score) => gql(app, RATE, { token, score })));
      expect(results.filter((r) => r.data?.rateTicket === true)).toHaveLength(1);
      expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(4);
      expect((await ds.query(`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = $1 AND kind = 'CSAT_RATED'`, [t.id]))[0].n).toBe(1);

      ok(await call(`mutation { updateTicketingSettings(input: { csatEnabled: false }) { csatEnabled } }`));
      const quiet = await newTicket('بدون نظرسنجی', {}, c);
      expect(ok(await call(RESOLVE, { id: quiet.id })).resolveTicket.csatRequestedAt).toBeNull();
      ok(await call(`mutation { updateTicketingSettings(input: { csatEnabled: true }) { csatEnabled } }`));
    });
  });

  describe('macros', () => {
    const SAVE = `mutation($i: TicketMacroInput!) { createTicketMacro(input: $i) { id name body } }`;
    it('are saved with checked variables, rendered for a ticket and managed only with tickets:manage', async () => {
      const macro = ok(await call(SAVE, { i: { name: 'پیگیری', body: 'سلام {{contact.firstName}} عزیز، تیکت {{ticket.number}} («{{ticket.subject}}») در حال بررسی است.\n{{workspace.name}}' } })).createTicketMacro;
      const unknown = await call(SAVE, { i: { name: 'کد', body: 'کد شما {{coupon.code}}' } });
      expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
      expect(unknown.errors![0].extensions!.fields![0].field).toBe('input.body');
      expect(unknown.errors![0].extensions!.fields![0].message).toContain('{{coupon.code}} cannot be used');
      const typo = await call(SAVE, { i: { name: 'غلط', body: 'سلام {{contact.firstNam}}' } });
      expect(typo.errors![0].extensions!.fields![0].message).toContain('did you mean {{contact.firstName}}');
      expect(errorCode(await call(SAVE, { i: { name: 'ناقص', body: 'سلام {{contact.firstName' } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await call(SAVE, { i: { name: 'پیگیری', body: 'دیگر' } }))).toBe('CONFLICT');
      const racing = await Promise.all([1, 2, 3].map(() => call(SAVE, { i: { name: 'هم‌زمان', body: 'متن' } })));
      expect(racing.filter((r) => r.data).length).toBe(1);
      expect(racing.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(2);

      const t = await newTicket('{{ticket.subject}} در موضوع');
      const rendered = ok(await gql(app, `query($id: ID!, $t: ID!) { renderTicketMacro(id: $id, ticketId: $t) }`, { id: macro.id, t: t.id }, agent.token)).renderTicketMacro;
      const n = String(t.number).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
      // Values are inserted as they are: a subject containing braces is not rendered again.
      expect(rendered).toBe(`سلام رضا عزیز، تیکت ${n} («{{ticket.subject}} در موضوع») در حال بررسی است.\nفروشگاه خدمات`);

      expect(errorCode(await gql(app, SAVE, { i: { name: 'x', body: 'y' } }, agent.token))).toBe('FORBIDDEN');
      expect(ok(await gql(app, `{ ticketMacros { name } }`, {}, agent.token)).ticketMacros.map((m: { name: string }) => m.name).sort()).toEqual(['پیگیری', 'هم‌زمان'].sort());
      ok(await call(`mutation($id: ID!, $i: TicketMacroInput!) { updateTicketMacro(id: $id, input: $i) { id } }`, { id: macro.id, i: { name: 'پیگیری ۲', body: 'سلام {{contact.fullName}}' } }));
      expect(ok(await call(`query($id: ID!, $t: ID!) { renderTicketMacro(id: $id, ticketId: $t) }`, { id: macro.id, t: t.id })).renderTicketMacro).toBe('سلام رضا مشتری');
      expect(ok(await call(`mutation($id: ID!) { deleteTicketMacro(id: $id) }`, { id: macro.id })).deleteTicketMacro).toBe(true);
      expect(errorCode(await call(`mutation($id: ID!) { deleteTicketMacro(id: $id) }`, { id: macro.id }))).toBe('NOT_FOUND');
    });
  });

  describe('SLA', () => {
    it('the resolution clock stops while waiting on the customer and resumes, moved by the business time waited, on their reply', async () => {
      const t = await newTicket('منتظر مشتری');
      ok(await call(REPLY, { id: t.id, input: { body: 'لطفاً شماره سریال را بفرستید', status: 'WAITING_ON_CUSTOMER' } }));
      const waiting = ok(await call(DETAIL, { id: t.id })).ticket;
      expect(waiting.slaPausedAt).not.toBeNull();
      expect(waiting.history.map((h: { kind: string }) => h.kind)).toContain('SLA_PAUSED');

      // Long past the resolution target: a paused clock is neither warned nor breached.
      const jobs = app.app.get(TicketingJobs);
      await jobs.checkSla(new Date(new Date(waiting.resolutionDueAt).getTime() + 7 * 86_400_000));
      expect(ok(await call(DETAIL, { id: t.id })).ticket).toMatchObject({ slaBreachedAt: null, resolutionWarnedAt: null });

      // Pretend the customer took three days to answer.
      const pausedAt = new Date(Date.now() - 3 * 86_400_000);
      await ds.query(`UPDATE tickets SET sla_paused_at = $2 WHERE id = $1`, [t.id, pausedAt]);
      const key = await apiKey(['messages:receive']);
      expect((await request(app.url).post('/webhooks/sms').set('authorization', `Bearer ${key}`).send({ from: '09351110001', message: `${t.number} سریال ABC123`, messageid: 'sla-1' })).status).toBe(200);
      const resumed = ok(await call(DETAIL, { id: t.id })).ticket;
      expect(resumed.status).toBe('OPEN');
      expect(resumed.slaPausedAt).toBeNull();
      const calendar = app.app.get(BusinessCalendarService);
      const waited = await calendar.businessMinutesBetween(undefined, pausedAt, new Date(), owner.workspaceId);
      expect(waited).toBeGreaterThan(0);
      expect(Math.abs(resumed.slaPausedMinutes - waited)).toBeLessThanOrEqual(1);
      const event = resumed.history.find((h: { kind: string }) => h.kind === 'SLA_RESUMED');
      expect(event.fromValue).toBe(waiting.resolutionDueAt);
      expect(event.toValue).toBe(resumed.resolutionDueAt);
      // The remaining business time is unchanged by the wait.
      const before = await calendar.businessMinutesBetween(undefined, pausedAt, new Date(waiting.resolutionDueAt), owner.workspaceId);
      const after = await calendar.businessMinutesBetween(undefined, new Date(), new Date(resumed.resolutionDueAt), owner.workspaceId);
      expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
    });

    it('warns the assignee before the first response and again before the resolution target, once each', async () => {
      const t = await newTicket('دو هشدار', { assigneeId: agent.memberId, priority: 'URGENT' });
      const jobs = app.app.get(TicketingJobs);
      // URGENT default: first response 60, resolution 240 business minutes, warning 15 minutes before.
      const firstDue = new Date(t.firstResponseDueAt);
      await jobs.checkSla(new Date(firstDue.getTime() - 10 * 60_000));
      await jobs.checkSla(new Date(firstDue.getTime() - 5 * 60_000));
      let after = ok(await call(DETAIL, { id: t.id })).ticket;
      expect(after.slaWarnedAt).not.toBeNull();
      expect(after.resolutionWarnedAt).toBeNull();
      ok(await call(REPLY, { id: t.id, input: { body: 'در حال بررسی' } }));
      const resolutionDue = new Date(t.resolutionDueAt);
      await jobs.checkSla(new Date(resolutionDue.getTime() - 10 * 60_000));
      await jobs.checkSla(new Date(resolutionDue.getTime() - 5 * 60_000));
      after = ok(await call(DETAIL, { id: t.id })).ticket;
      expect(after.resolutionWarnedAt).not.toBeNull();
      expect(after.slaBreachedAt).toBeNull();
      expect(after.history.filter((h: { kind: string }) => h.kind === 'SLA_WARNED').map((h: { toValue: string }) => h.toValue)).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
      const alerts: Array<{ idempotency_key: string; body_text: string }> = await ds.query(
        `SELECT idempotency_key, body_text FROM messages WHERE member_id = $1 AND idempotency_key LIKE $2 AND channel = 'SMS' ORDER BY created_at`,
        [agent.memberId, `alert:ticket.sla_warning:${t.id}%`],
      );
      expect(alerts.map((a) => a.body_text.includes('اولین پاسخ'))).toEqual([true, false]);
      expect(alerts[1].body_text).toContain('مهلت حل');
    });
  });

  describe('settings', () => {
    it('the inbound SMS keywords and the auto-close days are the workspace’s own', async () => {
      const SETTINGS = `mutation($i: UpdateTicketingSettingsInput!) { updateTicketingSettings(input: $i) { autoCloseDays smsKeywords csatEnabled } }`;
      expect(ok(await call(`{ ticketingSettings { autoCloseDays smsKeywords csatEnabled } }`)).ticketingSettings).toEqual({
        autoCloseDays: 7, smsKeywords: ['پشتیبانی', 'support', 'تیکت', 'ticket'], csatEnabled: true,
      });
      const bad = await call(SETTINGS, { i: { smsKeywords: ['کمک', 'دو کلمه'] } });
      expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'input.smsKeywords.1', message: 'must be one word' }]);
      expect(errorCode(await call(SETTINGS, { i: { autoCloseDays: 400 } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await gql(app, SETTINGS, { i: { autoCloseDays: 3 } }, agent.token))).toBe('FORBIDDEN');
      expect(ok(await call(SETTINGS, { i: { smsKeywords: ['کمک', 'Help', 'help'], autoCloseDays: 2 } })).updateTicketingSettings).toEqual({
        autoCloseDays: 2, smsKeywords: ['کمک', 'help'], csatEnabled: true,
      });

      const key = await apiKey(['messages:receive']);
      const sendSms = (from: string, message: string, id: string) => request(app.url).post('/webhooks/sms').set('authorization', `Bearer ${key}`).send({ from, message, messageid: id });
      const a = await contact('آرش', '09351110010');
      const b = await contact('بهار', '09351110011');
      await sendSms('09351110010', 'کمک گوشی روشن نمی‌شود', 'kw-1');
      await sendSms('09351110011', 'پشتیبانی گوشی روشن نمی‌شود', 'kw-2');
      const count = async (c: string) => ok(await call(`query($c: ID!) { tickets(first: 5, filter: { contactId: $c }) { totalCount edges { node { subject channel } } } }`, { c })).tickets;
      expect((await count(a)).edges.map((e: { node: unknown }) => e.node)).toEqual([{ subject: 'گوشی روشن نمی‌شود', channel: 'SMS' }]);
      expect((await count(b)).totalCount).toBe(0);

      const jobs = app.app.get(TicketingJobs);
      const t = await newTicket('بسته شود', {}, a);
      ok(await call(RESOLVE, { id: t.id }));
      await ds.query(`UPDATE tickets SET resolved_at = now() - interval '3 days' WHERE id = $1`, [t.id]);
      await jobs.autoClose();
      expect(ok(await call(DETAIL, { id: t.id })).ticket.status).toBe('CLOSED');
      ok(await call(SETTINGS, { i: { autoCloseDays: 0 } }));
      const kept = await newTicket('بسته نشود', {}, a);
      ok(await call(RESOLVE, { id: kept.id }));
      await ds.query(`UPDATE tickets SET resolved_at = now() - interval '300 days' WHERE id = $1`, [kept.id]);
      await jobs.autoClose();
      expect(ok(await call(DETAIL, { id: kept.id })).ticket.status).toBe('RESOLVED');
      ok(await call(SETTINGS, { i: { autoCloseDays: 7, smsKeywords: ['پشتیبانی', 'support', 'تیکت', 'ticket'] } }));
    });
  });

  describe('status transitions', () => {
    it('the ticket names the transitions it allows', async () => {
      const t = await newTicket('وضعیت‌ها');
      expect(t.allowedTransitions).toEqual(['OPEN', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED']);
      expect(ok(await call(RESOLVE, { id: t.id })).resolveTicket.allowedTransitions).toEqual(['OPEN', 'CLOSED']);
      expect(ok(await call(STATUS, { id: t.id, status: 'CLOSED' })).setTicketStatus.allowedTransitions).toEqual([]);
    });
  });

  describe('metrics', () => {
    it('complaint rate, volume by category, response and resolution times, SLA compliance and CSAT come from the stored facts', async () => {
      const other = await signUpOwner(app, 'فروشگاه آمار');
      const o = (query: string, variables: Record<string, unknown> = {}) => gql(app, query, variables, other.token);
      const category = ok(await o(`mutation { createTicketCategory(input: { nameFa: "ارسال", nameEn: "Shipping" }) { id } }`)).createTicketCategory.id;
      const c = ok(await o(`mutation { createContact(input: { firstName: "نرگس", phones: [{ number: "09351110020" }] }) { id } }`)).createContact.id;
      const create = async (subject: string, extra: Record<string, unknown> = {}) => ok(await o(CREATE, { input: { contactId: c, subject, ...extra } })).createTicket;
      const complaint = await create('دیر رسید', { type: 'COMPLAINT', categoryId: category });
      const question = await create('زمان ارسال؟', { categoryId: category });
      await create('بدون دسته');
      ok(await o(REPLY, { id: complaint.id, input: { body: 'عذرخواهی می‌کنیم' } }));
      ok(await o(RESOLVE, { id: complaint.id }));
      ok(await o(RESOLVE, { id: question.id }));
      const token = app.app.get(TicketLinks).csatToken(other.workspaceId, complaint.id);
      ok(await gql(app, RATE, { token, score: 5 }));
      // The first response was late on the question's side: it was resolved without one past its due time.
      await ds.query(`UPDATE tickets SET first_response_due_at = created_at + interval '1 second', resolved_at = created_at + interval '1 hour' WHERE id = $1`, [question.id]);

      const METRICS = `query($from: DateTime!, $to: DateTime!) { ticketMetrics(from: $from, to: $to) {
        total complaints complaintRate open byCategory { categoryId nameFa count complaints } byType { type count }
        firstResponse { count averageMinutes } resolution { count medianMinutes } sla { measured met firstResponseMissed resolutionMissed complianceRate }
        csat { surveysSent responses averageScore satisfiedRate distribution } } }`;
      const from = new Date(Date.now() - 3600_000).toISOString();
      const to = new Date(Date.now() + 3600_000).toISOString();
      const m = ok(await o(METRICS, { from, to })).ticketMetrics;
      expect(m).toMatchObject({ total: 3, complaints: 1, complaintRate: 0.3333, open: 1 });
      expect(m.byCategory).toEqual([
        { categoryId: category, nameFa: 'ارسال', count: 2, complaints: 1 },
        { categoryId: null, nameFa: null, count: 1, complaints: 0 },
      ]);
      expect(m.byType).toEqual([{ type: 'QUESTION', count: 2 }, { type: 'COMPLAINT', count: 1 }]);
      expect(m.firstResponse.count).toBe(1);
      expect(m.resolution.count).toBe(2);
      expect(m.resolution.medianMinutes).toBeGreaterThan(0);
      expect(m.sla).toEqual({ measured: 2, met: 1, firstResponseMissed: 1, resolutionMissed: 0, complianceRate: 0.5 });
      expect(m.csat).toEqual({ surveysSent: 2, responses: 1, averageScore: 5, satisfiedRate: 1, distribution: [0, 0, 0, 0, 1] });
      // Another workspace's figures are its own.
      expect(ok(await call(METRICS, { from, to })).ticketMetrics.total).not.toBe(3);
      const bad = await o(METRICS, { from: to, to: from });
      expect(bad.errors![0].extensions!.fields).toEqual([{ field: 'to', message: 'must be after from' }]);
    });
  });
});
