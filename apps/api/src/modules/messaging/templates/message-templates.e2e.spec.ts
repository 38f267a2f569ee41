import { DataSource } from 'typeorm';
import { hashPassword } from '../../../core/auth/secrets';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError } from '../../../core/errors/domain-errors';
import { errorCode, gql, GqlResponse, signUpOwner, Owner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { MessageTemplatesService } from './message-templates.service';

const FIELDS = `id key name channel language purpose subject body variables createdAt updatedAt`;
const CREATE = `mutation($input: CreateMessageTemplateInput!) { createMessageTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMessageTemplateInput!) { updateMessageTemplate(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteMessageTemplate(id: $id) }`;
const GET = `query($id: ID!) { messageTemplate(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: MessageTemplateFilter, $first: Int, $after: String) {
  messageTemplates(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id key language channel } } }
}`;
const PREVIEW = `query($input: PreviewMessageTemplateInput!) {
  previewMessageTemplate(input: $input) { templateId language subject bodyText bodyHtml smsParts { encoding parts } sampleParams }
}`;

const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields;

describe('message templates: per channel and language, variables checked at save, previewed for a real contact', () => {
  let app: TestApp;
  let owner: Owner;
  let contactId: string;

  const create = (input: Record<string, unknown>, token = owner.token) => gql(app, CREATE, { input }, token);
  const preview = (input: Record<string, unknown>, token = owner.token) => gql(app, PREVIEW, { input }, token);
  const created = async (input: Record<string, unknown>) => {
    const res = await create(input);
    expect(res.errors).toBeUndefined();
    return res.data!.createMessageTemplate;
  };

  /** The outbox's entry points, called as a job would: inside a workspace transaction. */
  const asWorkspace = <T>(fn: (service: MessageTemplatesService, em: Parameters<Parameters<TenantDb['tx']>[0]>[0]) => Promise<T>) =>
    app.app.get(RequestContext).runAs(
      { kind: 'apiKey', apiKeyId: '00000000-0000-0000-0000-000000000000', workspaceId: owner.workspaceId, name: 'outbox test', permissions: new Set() },
      () => app.app.get(TenantDb).tx((em) => fn(app.app.get(MessageTemplatesService), em)),
    );
  const badInputFields = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    return (error as BadInputError).extensions.fields;
  };

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Flower shop');
    const contact = await gql(
      app,
      `mutation { createContact(input: { firstName: "نرگس", lastName: "موسوی", email: "narges@example.ir", phones: [{ number: "09121110001" }],
        birthDate: { calendar: JALALI, year: 1365, month: 4, day: 12 } }) { id } }`,
      {},
      owner.token,
    );
    contactId = contact.data!.createContact.id;
  });
  afterAll(() => app.close());

  it('lists the variable catalog for the editor', async () => {
    const res = await gql(app, `{ templateVariables { name kind source descriptionFa descriptionEn } }`, {}, owner.token);
    const vars = res.data!.templateVariables;
    expect(vars.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining([
      'contact.firstName', 'contact.lastName', 'contact.fullName', 'contact.phone', 'contact.email', 'contact.birthDate', 'workspace.name', 'date.today',
      'loyalty.points', 'loyalty.tier', 'coupon.code', 'coupon.expiresAt', 'ticket.number', 'ticket.subject', 'order.number', 'order.total', 'otp.code',
    ]));
    expect(vars.find((v: { name: string }) => v.name === 'contact.birthDate')).toEqual({ name: 'contact.birthDate', kind: 'DATE', source: 'CONTACT', descriptionFa: 'تاریخ تولد مخاطب', descriptionEn: 'Contact’s birth date' });
    expect(vars.find((v: { name: string }) => v.name === 'order.total')).toMatchObject({ kind: 'MONEY', source: 'PARAM' });
  });

  it('creates, reads, lists, updates and deletes a template, keeping the variables it uses', async () => {
    const t = await created({ key: 'birthday', name: 'تبریک تولد', channel: 'SMS', language: 'fa', purpose: 'MARKETING', body: '{{ contact.firstName }} عزیز، تولدت مبارک! کد: {{coupon.code}}' });
    expect(t).toMatchObject({ key: 'birthday', channel: 'SMS', language: 'fa', purpose: 'MARKETING', subject: null, variables: ['contact.firstName', 'coupon.code'] });
    expect((await gql(app, GET, { id: t.id }, owner.token)).data!.messageTemplate).toEqual(t);

    const en = await created({ key: 'birthday', name: 'Birthday', channel: 'SMS', language: 'en', body: 'Happy birthday {{contact.firstName}}!' });
    expect(en.purpose).toBe('TRANSACTIONAL');
    const fa = await gql(app, LIST, { filter: { channel: 'SMS', language: 'fa', search: 'BIRTH' } }, owner.token);
    expect(fa.data!.messageTemplates).toMatchObject({ totalCount: 1, edges: [{ node: { id: t.id, language: 'fa' } }] });
    const page1 = (await gql(app, LIST, { first: 1 }, owner.token)).data!.messageTemplates;
    const page2 = (await gql(app, LIST, { first: 1, after: page1.pageInfo.endCursor }, owner.token)).data!.messageTemplates;
    expect([page1.edges[0].node.id, page2.edges[0].node.id]).toEqual([en.id, t.id]);
    expect(page1.totalCount).toBe(2);

    const updated = (await gql(app, UPDATE, { id: t.id, input: { name: 'تولد', body: '{{contact.fullName}} عزیز، تولدت مبارک! {{workspace.name}}' } }, owner.token)).data!.updateMessageTemplate;
    expect(updated).toMatchObject({ id: t.id, name: 'تولد', key: 'birthday', variables: ['contact.fullName', 'workspace.name'] });

    expect((await gql(app, DELETE, { id: t.id }, owner.token)).data!.deleteMessageTemplate).toBe(true);
    expect(errorCode(await gql(app, GET, { id: t.id }, owner.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, DELETE, { id: t.id }, owner.token))).toBe('NOT_FOUND');
    await gql(app, DELETE, { id: en.id }, owner.token);
  });

  it('refuses an unknown variable at save, naming it and where it is; nothing is written', async () => {
    const body = await create({ key: 'typo', name: 'x', channel: 'SMS', language: 'fa', body: 'سلام {{contact.frstName}}، امتیاز: {{points}}' });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(fields(body)).toEqual([
      { field: 'input.body', message: 'unknown variable {{contact.frstName}} (did you mean {{contact.firstName}}?)' },
      { field: 'input.body', message: 'unknown variable {{points}} (did you mean {{loyalty.points}}?)' },
    ]);
    const subject = await create({ key: 'typo', name: 'x', channel: 'EMAIL', language: 'en', subject: 'Hi {{first_name}}', body: 'Hello {{contact.firstName' });
    expect(fields(subject)).toEqual([
      { field: 'input.subject', message: 'unknown variable {{first_name}} (see templateVariables for the ones available)' },
      { field: 'input.body', message: '"{{" is not closed with "}}" at line 1, column 7' },
    ]);
    const t = await created({ key: 'typo', name: 'x', channel: 'SMS', language: 'fa', body: 'سلام' });
    const update = await gql(app, UPDATE, { id: t.id, input: { body: 'سلام {{contact.nickname}}' } }, owner.token);
    expect(fields(update)).toEqual([{ field: 'input.body', message: 'unknown variable {{contact.nickname}} (see templateVariables for the ones available)' }]);
    expect((await gql(app, GET, { id: t.id }, owner.token)).data!.messageTemplate.body).toBe('سلام');
    expect((await gql(app, LIST, { filter: { search: 'typo' } }, owner.token)).data!.messageTemplates.totalCount).toBe(1);
    await gql(app, DELETE, { id: t.id }, owner.token);
  });

  it('an email needs a subject, an SMS has none; bad keys and languages name their field', async () => {
    expect(fields(await create({ key: 'welcome', name: 'Welcome', channel: 'EMAIL', language: 'en', body: 'Hi' }))).toEqual([{ field: 'input.subject', message: 'is required for email' }]);
    expect(fields(await create({ key: 'welcome', name: 'Welcome', channel: 'EMAIL', language: 'en', subject: '  ', body: 'Hi' }))).toEqual([{ field: 'input.subject', message: 'is required for email' }]);
    expect(fields(await create({ key: 'otp', name: 'OTP', channel: 'SMS', language: 'en', subject: 'Code', body: '{{otp.code}}' }))).toEqual([
      { field: 'input.subject', message: 'an SMS has no subject; leave it empty' },
    ]);
    const bad = await create({ key: 'Bad Key', name: 'x', channel: 'SMS', language: 'de', body: 'x' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fields(bad)!.map((f) => f.field).sort()).toEqual(['input.key', 'input.language']);
    const email = await created({ key: 'welcome', name: 'Welcome', channel: 'EMAIL', language: 'en', subject: 'Welcome to {{workspace.name}}', body: 'Hi {{contact.firstName}}' });
    expect(fields(await gql(app, UPDATE, { id: email.id, input: { subject: null } }, owner.token))).toEqual([{ field: 'input.subject', message: 'is required for email' }]);
    await gql(app, DELETE, { id: email.id }, owner.token);
  });

  it('a second template with the same key, channel and language is a CONFLICT; another channel or language is not', async () => {
    const first = await created({ key: 'order.shipped', name: 'ارسال سفارش', channel: 'SMS', language: 'fa', body: 'سفارش {{order.number}} ارسال شد' });
    const again = await create({ key: 'order.shipped', name: 'دوباره', channel: 'SMS', language: 'fa', body: 'سفارش ارسال شد' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('A SMS template with key "order.shipped" in "fa" already exists; edit it instead');
    await created({ key: 'order.shipped', name: 'Shipped', channel: 'SMS', language: 'en', body: 'Order {{order.number}} shipped' });
    const email = await created({ key: 'order.shipped', name: 'ارسال', channel: 'EMAIL', language: 'fa', subject: 'ارسال سفارش', body: 'سفارش {{order.number}} ارسال شد' });
    const other = await created({ key: 'order.sent', name: 'x', channel: 'SMS', language: 'fa', body: 'x' });
    const rename = await gql(app, UPDATE, { id: other.id, input: { key: 'order.shipped' } }, owner.token);
    expect(errorCode(rename)).toBe('CONFLICT');
    expect((await gql(app, UPDATE, { id: first.id, input: { key: 'order.shipped', name: 'same key is fine' } }, owner.token)).errors).toBeUndefined();
    expect((await gql(app, UPDATE, { id: email.id, input: { key: 'order.sent' } }, owner.token)).data!.updateMessageTemplate.key).toBe('order.sent');
  });

  it('previews a template for a real contact in Persian: Jalali date with Persian digits, money in Toman, rtl HTML', async () => {
    const t = await created({
      key: 'birthday.gift', name: 'هدیه تولد', channel: 'EMAIL', language: 'fa', subject: 'تولدت مبارک {{contact.firstName}}',
      body: '{{contact.fullName}} عزیز،\n\nتولد شما ({{contact.birthDate}}) را تبریک می‌گوییم.\nمجموع خرید: {{order.total}} — امتیاز: {{loyalty.points}}\n{{contact.phone}}',
    });
    const res = await preview({ templateId: t.id, contactId, params: { order: { total: 12_500_000 }, 'loyalty.points': 1250 } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewMessageTemplate).toEqual({
      templateId: t.id,
      language: 'fa',
      subject: 'تولدت مبارک نرگس',
      bodyText: 'نرگس موسوی عزیز،\n\nتولد شما (۱۲ تیر ۱۳۶۵) را تبریک می‌گوییم.\nمجموع خرید: ۱٬۲۵۰٬۰۰۰ تومان — امتیاز: ۱٬۲۵۰\n۰۹۱۲۱۱۱۰۰۰۱',
      bodyHtml: expect.stringContaining('<html lang="fa" dir="rtl">'),
      smsParts: null,
      sampleParams: [],
    });
    expect(res.data!.previewMessageTemplate.bodyHtml).toContain('<p>تولد شما (۱۲ تیر ۱۳۶۵) را تبریک می‌گوییم.<br>مجموع خرید');

    // The workspace shows Rial: the same template, other currency.
    await gql(app, `mutation { updateWorkspace(input: { displayCurrency: "IRR" }) { id } }`, {}, owner.token);
    const rial = await preview({ templateId: t.id, contactId, params: { 'order.total': '12500000', 'loyalty.points': 1 } });
    expect(rial.data!.previewMessageTemplate.bodyText).toContain('مجموع خرید: ۱۲٬۵۰۰٬۰۰۰ ریال');
    await gql(app, `mutation { updateWorkspace(input: { displayCurrency: "IRT" }) { id } }`, {}, owner.token);

    // Params nobody gave are filled with samples (and said so); a param of the wrong kind names itself.
    const sampled = await preview({ templateId: t.id, contactId });
    expect(sampled.data!.previewMessageTemplate.sampleParams).toEqual(['order.total', 'loyalty.points']);
    const wrong = await preview({ templateId: t.id, contactId, params: { 'order.total': 'a lot', 'contact.firstName': 'x', foo: 1 } });
    expect(fields(wrong)).toEqual([
      { field: 'input.params.contact.firstName', message: '{{contact.firstName}} comes from the contact, not from params' },
      { field: 'input.params.foo', message: expect.stringMatching(/^unknown param \(params are loyalty.points, /) },
    ]);
    const invalid = await preview({ templateId: t.id, contactId, params: { 'order.total': 'a lot' } });
    expect(fields(invalid)).toEqual([{ field: 'input.params', message: '{{order.total}} must be an integer amount of Rial, got "a lot"' }]);
  });

  it('previews a draft in English: Gregorian dates, Latin digits, SMS parts counted', async () => {
    const res = await preview({
      draft: { channel: 'SMS', language: 'en', body: 'Happy birthday {{contact.firstName}} (born {{contact.birthDate}})! Code {{coupon.code}}, {{loyalty.points}} points' },
      contactId,
      params: { coupon: { code: 'BDAY-7K3Q' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewMessageTemplate).toEqual({
      templateId: null,
      language: 'en',
      subject: null,
      bodyText: 'Happy birthday نرگس (born 3 July 1986)! Code BDAY-7K3Q, 1,250 points',
      bodyHtml: null,
      smsParts: { encoding: 'UCS2', parts: 1 },
      sampleParams: ['loyalty.points'],
    });
    const draftErrors = await preview({ draft: { channel: 'EMAIL', language: 'en', body: '{{nope}}' }, contactId });
    expect(fields(draftErrors)).toEqual([
      { field: 'input.draft.subject', message: 'is required for email' },
      { field: 'input.draft.body', message: 'unknown variable {{nope}} (see templateVariables for the ones available)' },
    ]);
    expect(errorCode(await preview({ draft: { channel: 'SMS', language: 'en', body: 'x' }, contactId: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
    expect(fields(await preview({ contactId }))).toEqual([{ field: 'input', message: 'give exactly one of templateId, templateKey (with channel) or draft' }]);
  });

  it('picks the translation asked for, else the workspace language, and falls back to the other language', async () => {
    await created({ key: 'club.points', name: 'امتیاز', channel: 'SMS', language: 'fa', body: '{{contact.firstName}} عزیز، {{loyalty.points}} امتیاز دارید' });
    const params = { loyalty: { points: 3200 } };
    const fallback = (await preview({ templateKey: 'club.points', channel: 'SMS', language: 'en', contactId, params })).data!.previewMessageTemplate;
    expect(fallback).toMatchObject({ language: 'fa', bodyText: 'نرگس عزیز، ۳٬۲۰۰ امتیاز دارید' });

    const en = await created({ key: 'club.points', name: 'Points', channel: 'SMS', language: 'en', body: 'Dear {{contact.firstName}}, you have {{loyalty.points}} points' });
    const english = (await preview({ templateKey: 'club.points', channel: 'SMS', language: 'en', contactId, params })).data!.previewMessageTemplate;
    expect(english).toMatchObject({ templateId: en.id, language: 'en', bodyText: 'Dear نرگس, you have 3,200 points' });
    const byDefault = (await preview({ templateKey: 'club.points', channel: 'SMS', contactId, params })).data!.previewMessageTemplate;
    expect(byDefault.language).toBe('fa');
    expect(errorCode(await preview({ templateKey: 'club.points', channel: 'EMAIL', contactId }))).toBe('NOT_FOUND');
  });

  it('renderIn and renderAdHocIn, the outbox entry points: fallback, missing params named, same variable rules', async () => {
    await created({ key: 'ticket.received', name: 'تیکت', channel: 'SMS', language: 'fa', body: 'درخواست {{ticket.number}} («{{ticket.subject}}») ثبت شد. {{workspace.name}}' });
    const rendered = await asWorkspace((s, em) =>
      s.renderIn(em, { templateKey: 'ticket.received', channel: 'SMS', language: 'en', contactId, params: { ticket: { number: 'T-1042', subject: 'ارسال' } } }),
    );
    expect(rendered).toEqual({
      templateId: expect.any(String), templateKey: 'ticket.received', purpose: 'TRANSACTIONAL', language: 'fa',
      subject: null, bodyText: 'درخواست T-1042 («ارسال») ثبت شد. Flower shop', bodyHtml: null,
    });
    const byId = await asWorkspace((s, em) => s.renderIn(em, { templateId: rendered.templateId!, channel: 'SMS', contactId, params: { 'ticket.number': 7, 'ticket.subject': 'x' } }));
    expect(byId.bodyText).toBe('درخواست 7 («x») ثبت شد. Flower shop');

    expect(await badInputFields(asWorkspace((s, em) => s.renderIn(em, { templateKey: 'ticket.received', channel: 'SMS', contactId, params: { 'ticket.number': 'T-1' } })))).toEqual([
      { field: 'input.params', message: 'no value for {{ticket.subject}}: the sender must supply it' },
    ]);

    const adHoc = await asWorkspace((s, em) =>
      s.renderAdHocIn(em, { channel: 'EMAIL', language: 'en', subject: 'Hello {{contact.firstName}}', body: 'Your code: {{otp.code}}\n\n{{workspace.name}}', contactId, params: { otp: { code: '482915' } } }),
    );
    expect(adHoc).toMatchObject({ templateId: null, templateKey: null, purpose: 'TRANSACTIONAL', language: 'en', subject: 'Hello نرگس', bodyText: 'Your code: 482915\n\nFlower shop' });
    expect(adHoc.bodyHtml).toContain('<html lang="en" dir="ltr">');
    expect(adHoc.bodyHtml).toContain('<p>Your code: 482915</p><p>Flower shop</p>');
    const faDefault = await asWorkspace((s, em) => s.renderAdHocIn(em, { channel: 'SMS', body: 'امروز {{date.today}}', contactId }));
    expect(faDefault.language).toBe('fa');
    expect(faDefault.bodyText).toMatch(/^امروز [۰-۹]+ [\u0600-\u06ff]+ ۱۴[۰-۹]{2}$/);
    expect(await badInputFields(asWorkspace((s, em) => s.renderAdHocIn(em, { channel: 'SMS', body: 'Hi {{contact.name}}', contactId })))).toEqual([
      { field: 'input.body', message: 'unknown variable {{contact.name}} (see templateVariables for the ones available)' },
    ]);
  });

  it('a SALES member may read and preview templates but not create, change or delete them', async () => {
    const ds = app.app.get(DataSource);
    const email = `sales-${Date.now()}@templates.test`;
    const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, 'Sales') RETURNING id`, [email, await hashPassword('sales password 123')]);
    await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'SALES')`, [owner.workspaceId, user.id]);
    const sales = (await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "sales password 123" }) { accessToken } }`, { e: email })).data!.login.accessToken;

    const t = await created({ key: 'sales.visible', name: 'x', channel: 'SMS', language: 'fa', body: 'سلام {{contact.firstName}}' });
    const denied = await create({ key: 'sales.own', name: 'x', channel: 'SMS', language: 'fa', body: 'x' }, sales);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(denied.errors![0].message).toContain('templates:write');
    expect(errorCode(await gql(app, UPDATE, { id: t.id, input: { name: 'y' } }, sales))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, DELETE, { id: t.id }, sales))).toBe('FORBIDDEN');
    expect((await gql(app, GET, { id: t.id }, sales)).data!.messageTemplate.name).toBe('x');
    expect((await preview({ templateId: t.id, contactId }, sales)).data!.previewMessageTemplate.bodyText).toBe('سلام نرگس');
  });

  it('another workspace sees none of them and may reuse the same keys', async () => {
    const other = await signUpOwner(app, 'Other shop');
    const mine = (await gql(app, LIST, { filter: { search: 'club.points', language: 'fa' } }, owner.token)).data!.messageTemplates.edges[0].node.id;
    expect((await gql(app, LIST, {}, other.token)).data!.messageTemplates.totalCount).toBe(0);
    expect(errorCode(await gql(app, GET, { id: mine }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, UPDATE, { id: mine, input: { name: 'hijack' } }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, DELETE, { id: mine }, other.token))).toBe('NOT_FOUND');
    const theirContact = (await gql(app, `mutation { createContact(input: { firstName: "Sara" }) { id } }`, {}, other.token)).data!.createContact.id;
    expect(errorCode(await preview({ templateId: mine, contactId: theirContact }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await preview({ templateKey: 'club.points', channel: 'SMS', contactId: theirContact }, other.token))).toBe('NOT_FOUND');
    // My contact is invisible to them, even with their own draft.
    expect(errorCode(await preview({ draft: { channel: 'SMS', language: 'fa', body: '{{contact.fullName}}' }, contactId }, other.token))).toBe('NOT_FOUND');
    const theirs = await create({ key: 'club.points', name: 'Their points', channel: 'SMS', language: 'fa', body: '{{loyalty.points}}' }, other.token);
    expect(theirs.errors).toBeUndefined();
    expect((await gql(app, GET, { id: mine }, owner.token)).data!.messageTemplate.name).toBe('امتیاز');
  });
});
