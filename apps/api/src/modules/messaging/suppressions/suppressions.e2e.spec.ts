import { errorCode, gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { inWorkspace } from '../../../../test/utils/workspace-scope';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { SuppressionsService } from './suppressions.service';

const NODE = `id channel address reason detail messageId createdByMemberId createdAt`;
const ADD = `mutation($input: AddSuppressionInput!) { addSuppression(input: $input) { ${NODE} } }`;
const LIST = `query($filter: SuppressionFilter, $first: Int, $after: String) {
  suppressions(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } }
}`;

describe('the suppression (do-not-contact) list', () => {
  let app: TestApp;
  let a: Owner;
  let b: Owner;
  const add = (input: Record<string, unknown>, owner = a) => gql(app, ADD, { input }, owner.token);
  const list = async (filter: Record<string, unknown> = {}, owner = a, first = 50, after?: string) => (await gql(app, LIST, { filter, first, after }, owner.token)).data!.suppressions;
  const reason = (workspaceId: string, channel: 'EMAIL' | 'SMS', address: string) =>
    inWorkspace(app, workspaceId, () => app.app.get(TenantDb).tx((em) => app.app.get(SuppressionsService).reasonIn(em, channel, address)));

  beforeAll(async () => {
    app = await startTestApp();
    a = await signUpOwner(app, 'Shop A');
    b = await signUpOwner(app, 'Shop B');
  });
  afterAll(() => app.close());

  it('staff add addresses as DO_NOT_CONTACT, normalised (emails lower-cased, phones E.164), idempotently', async () => {
    const email = (await add({ channel: 'EMAIL', address: '  Ali.Rezaei@Example.IR ', detail: 'asked by phone' })).data!.addSuppression;
    expect(email).toMatchObject({ channel: 'EMAIL', address: 'ali.rezaei@example.ir', reason: 'DO_NOT_CONTACT', detail: 'asked by phone', messageId: null, createdByMemberId: expect.any(String) });
    expect((await add({ channel: 'EMAIL', address: 'ALI.REZAEI@example.ir' })).data!.addSuppression).toEqual(email);
    const phone = (await add({ channel: 'SMS', address: '0912 111 22 33' })).data!.addSuppression;
    expect(phone.address).toBe('+989121112233');
    expect((await add({ channel: 'SMS', address: '۰۰۹۸۹۱۲۱۱۱۲۲۳۳' })).data!.addSuppression.id).toBe(phone.id);
    await add({ channel: 'SMS', address: '+44 7700 900123' });

    const badEmail = await add({ channel: 'EMAIL', address: 'not an email' });
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors![0].extensions!.fields).toEqual([{ field: 'input.address', message: 'must be a valid email address' }]);
    expect((await add({ channel: 'SMS', address: '12' })).errors![0].extensions!.fields![0].field).toBe('input.address');
  });

  it('lists newest first with filters (channel, reason, any form of a number) and cursors', async () => {
    const all = await list();
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e: { node: { address: string } }) => e.node.address)).toEqual(['+447700900123', '+989121112233', 'ali.rezaei@example.ir']);
    expect((await list({ channel: 'EMAIL' })).edges.map((e: { node: { address: string } }) => e.node.address)).toEqual(['ali.rezaei@example.ir']);
    expect((await list({ reason: 'BOUNCED' })).totalCount).toBe(0);
    expect((await list({ search: '۰۹۱۲۱۱۱' })).edges.map((e: { node: { address: string } }) => e.node.address)).toEqual(['+989121112233']);
    expect((await list({ search: 'EXAMPLE.ir' })).totalCount).toBe(1);
    expect((await list({ search: '%' })).totalCount).toBe(0);
    const page1 = await list({}, a, 2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({}, a, 2, page1.pageInfo.endCursor);
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));
  });

  it('reasonIn tells the dispatcher why marketing must not go to an address, for any form of it', async () => {
    expect(await reason(a.workspaceId, 'SMS', '09121112233')).toBe('on the suppression list: DO_NOT_CONTACT');
    expect(await reason(a.workspaceId, 'EMAIL', 'Ali.Rezaei@example.ir')).toBe('on the suppression list: DO_NOT_CONTACT');
    expect(await reason(a.workspaceId, 'EMAIL', 'someone@example.ir')).toBeNull();
    expect(await reason(a.workspaceId, 'SMS', 'ali.rezaei@example.ir')).toBeNull();
  });

  it('workspaces are isolated: B neither sees nor removes A’s entries, and keeps its own', async () => {
    expect((await list({}, b)).totalCount).toBe(0);
    expect(await reason(b.workspaceId, 'SMS', '09121112233')).toBeNull();
    const [first] = (await list()).edges;
    expect(errorCode(await gql(app, `mutation($id: ID!) { removeSuppression(id: $id) }`, { id: first.node.id }, b.token))).toBe('NOT_FOUND');
    const own = (await add({ channel: 'SMS', address: '09121112233' }, b)).data!.addSuppression;
    expect(own.id).not.toBe(first.node.id);
    expect((await list({}, a)).totalCount).toBe(3);
  });

  it('removing takes an address off the list; removing it again is NOT_FOUND', async () => {
    const phone = (await list({ search: '0912' })).edges[0].node;
    expect((await gql(app, `mutation($id: ID!) { removeSuppression(id: $id) }`, { id: phone.id }, a.token)).data!.removeSuppression).toBe(true);
    expect(await reason(a.workspaceId, 'SMS', '+989121112233')).toBeNull();
    expect(errorCode(await gql(app, `mutation($id: ID!) { removeSuppression(id: $id) }`, { id: phone.id }, a.token))).toBe('NOT_FOUND');
    expect(await reason(b.workspaceId, 'SMS', '+989121112233')).toBe('on the suppression list: DO_NOT_CONTACT');
  });
});
