import { gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

describe('messaging without a transport (the embedded default): messages stay in the outbox as NOT_SENT', () => {
  let app: TestApp;
  let owner: Owner;

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Laptop shop');
  });
  afterAll(() => app.close());

  it('keeps email and SMS as "not sent: no transport" and nothing lands on the timeline as sent', async () => {
    const created = await gql(app, `mutation { createContact(input: { firstName: "نرگس", lastName: "موسوی", email: "n@example.ir", phones: [{ number: "09121110001" }] }) { id } }`, {}, owner.token);
    const contactId = created.data!.createContact.id;
    const ids: string[] = [];
    for (const input of [{ channel: 'EMAIL', subject: 'سلام', body: 'متن' }, { channel: 'SMS', body: 'متن' }]) {
      const res = await gql(app, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input: { contactId, ...input } }, owner.token);
      ids.push(res.data!.sendMessage.id);
    }
    for (const id of ids) {
      let m: any;
      const end = Date.now() + 15_000;
      do {
        await new Promise((r) => setTimeout(r, 100));
        m = (await gql(app, `query($id: ID!) { message(id: $id) { status statusReason sentAt providerMessageId events { status detail } } }`, { id }, owner.token)).data!.message;
      } while (['QUEUED', 'SENDING'].includes(m.status) && Date.now() < end);
      expect(m).toMatchObject({ status: 'NOT_SENT', statusReason: 'no transport', sentAt: null, providerMessageId: null });
      expect(m.events).toEqual([{ status: 'QUEUED', detail: null }, { status: 'NOT_SENT', detail: 'no transport' }]);
    }
    const t = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [SMS, EMAIL]) { totalCount } } }`, { id: contactId }, owner.token);
    expect(t.data!.contact.timeline.totalCount).toBe(0);
  });
});
