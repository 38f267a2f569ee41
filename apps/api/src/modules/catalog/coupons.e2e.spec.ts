import { DataSource } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { ConflictError } from '../../core/errors/domain-errors';
import { hashPassword } from '../../core/auth/secrets';
import { errorCode, gql, GqlResponse, Owner, signUpOwner, uniqueEmail } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { CouponsService, RedeemCouponInput } from './coupons.service';

const COUPON = `id code description kind value maxDiscount minOrderTotal productIds categoryIds maxUses uses perContactLimit contactId validFrom validTo active`;
const CREATE = `mutation($input: CreateCouponInput!) { createCoupon(input: $input) { ${COUPON} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCouponInput!) { updateCoupon(id: $id, input: $input) { ${COUPON} } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateCoupon(id: $id) { id active } }`;
const LIST = `query($filter: CouponFilter) { coupons(filter: $filter, first: 100) { totalCount edges { node { id code uses active } } } }`;

const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields;

describe('coupons: codes, limits and atomic redemption', () => {
  let app: TestApp;
  let owner: Owner;
  let other: Owner;
  let contactId: string;

  const create = (input: Record<string, unknown>, token = owner.token) => gql(app, CREATE, { input }, token);
  const created = async (input: Record<string, unknown>, token = owner.token) => {
    const res = await create(input, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createCoupon;
  };
  const list = async (filter: Record<string, unknown> = {}, token = owner.token) => (await gql(app, LIST, { filter }, token)).data!.coupons;
  /** One redemption in a transaction of its own, as a sales document confirmation would do it. */
  const redeem = (workspaceId: string, input: RedeemCouponInput) =>
    app.app.get(RequestContext).runAs(
      { kind: 'apiKey', apiKeyId: '00000000-0000-0000-0000-000000000000', workspaceId, name: 'coupon test', permissions: new Set() },
      () => app.app.get(TenantDb).tx((em) => app.app.get(CouponsService).redeemIn(em, input)),
    );
  const release = (workspaceId: string, orderRef: string) =>
    app.app.get(RequestContext).runAs(
      { kind: 'apiKey', apiKeyId: '00000000-0000-0000-0000-000000000000', workspaceId, name: 'coupon test', permissions: new Set() },
      () => app.app.get(TenantDb).tx((em) => app.app.get(CouponsService).releaseIn(em, orderRef)),
    );
  const settle = (promises: Array<Promise<unknown>>) => Promise.allSettled(promises);
  const usesOf = async (code: string, token = owner.token) => (await list({ code }, token)).edges.find((e: { node: { code: string } }) => e.node.code === code).node.uses;

  beforeAll(async () => {
    // Room for the concurrent transactions of the race below to really run side by side.
    app = await startTestApp({ env: { DATABASE_POOL_SIZE: '25' } });
    owner = await signUpOwner(app, 'Gift shop');
    other = await signUpOwner(app, 'Other shop');
    contactId = (await gql(app, `mutation { createContact(input: { firstName: "سارا" }) { id } }`, {}, owner.token)).data!.createContact.id;
  });
  afterAll(() => app.close());

  it('creates, lists, updates and deactivates a coupon; the code is case-insensitive with Persian digits folded', async () => {
    const c = await created({ code: 'nowruz ۱۴۰۵', description: 'عیدی', kind: 'PERCENT', value: 2000, maxDiscount: 5_000_000, minOrderTotal: 10_000_000, maxUses: 100, perContactLimit: 1 });
    expect(c).toMatchObject({ code: 'NOWRUZ1405', kind: 'PERCENT', value: 2000, maxDiscount: 5_000_000, minOrderTotal: 10_000_000, maxUses: 100, uses: 0, perContactLimit: 1, active: true, productIds: [], contactId: null });
    expect((await list({ code: 'nowruz' })).edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['NOWRUZ1405']);
    const duplicate = await create({ code: 'NowRuz1405', kind: 'FIXED', value: 10 });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0].extensions!.field).toBe('input.code');

    const updated = (await gql(app, UPDATE, { id: c.id, input: { value: 2500, maxUses: null, validTo: '2026-04-02T00:00:00Z' } }, owner.token)).data!.updateCoupon;
    expect(updated).toMatchObject({ value: 2500, maxUses: null, validTo: '2026-04-02T00:00:00.000Z', code: 'NOWRUZ1405' });
    expect((await gql(app, DEACTIVATE, { id: c.id }, owner.token)).data!.deactivateCoupon).toEqual({ id: c.id, active: false });
    expect((await list({ active: true })).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(c.id);
    await expect(redeem(owner.workspaceId, { code: 'nowruz1405', contactId, orderRef: 'X-1', amount: 1 })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.couponCode', message: 'is not a valid coupon code' }] },
    });
  });

  it('names the field of every bad coupon input', async () => {
    expect(fields(await create({ code: 'P1X', kind: 'PERCENT', value: 10_001 }))).toEqual([{ field: 'input.value', message: 'a percent coupon is 1–10000 basis points (1000 = 10%)' }]);
    expect(fields(await create({ code: 'F1X', kind: 'FIXED', value: 0 }))).toEqual([{ field: 'input.value', message: 'value must be positive' }]);
    expect(fields(await create({ code: 'F2X', kind: 'FIXED', value: 10, maxDiscount: 5 }))).toEqual([{ field: 'input.maxDiscount', message: 'applies to percent coupons only' }]);
    expect(fields(await create({ code: 'F3X', kind: 'FIXED', value: 10, minOrderTotal: -1 }))).toEqual([{ field: 'input.minOrderTotal', message: 'minOrderTotal must be 0 or more Rial' }]);
    expect(fields(await create({ code: 'a b', kind: 'FIXED', value: 10 }))).toEqual([{ field: 'input.code', message: 'must be 3 to 40 characters without spaces' }]);
    expect(fields(await create({ code: 'OFF!!', kind: 'FIXED', value: 10 }))).toEqual([{ field: 'input.code', message: 'may contain only letters, digits, - and _' }]);
    expect(fields(await create({ code: 'F4X', kind: 'FIXED', value: 10, productIds: ['00000000-0000-0000-0000-000000000000'] }))).toEqual([
      { field: 'input.productIds.0', message: 'is not a product of this workspace' },
    ]);
    expect(fields(await create({ code: 'F5X', kind: 'FIXED', value: 10, contactId: '00000000-0000-0000-0000-000000000000' }))).toEqual([
      { field: 'input.contactId', message: 'is not a contact of this workspace' },
    ]);
    expect(fields(await create({ code: 'F6X', kind: 'FIXED', value: 10, validFrom: '2026-01-02T00:00:00Z', validTo: '2026-01-01T00:00:00Z' }))).toEqual([
      { field: 'input.validTo', message: 'must be after validFrom' },
    ]);
    expect((await list({ code: 'F' })).totalCount).toBe(0);
  });

  it('20 concurrent redemptions of a single-use code: exactly one succeeds, the others get COUPON_USED_UP', async () => {
    await created({ code: 'SINGLE', kind: 'FIXED', value: 500_000, maxUses: 1 });
    const results = await settle(Array.from({ length: 20 }, (_, i) => redeem(owner.workspaceId, { code: 'single', contactId, orderRef: `PF-S-${i}`, amount: 500_000 })));
    const succeeded = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(ConflictError);
      expect(f.reason).toMatchObject({ code: 'CONFLICT', message: 'Coupon SINGLE has been used up', extensions: { reason: 'COUPON_USED_UP', field: 'input.couponCode' } });
    }
    expect(await usesOf('SINGLE')).toBe(1);
    const ds = app.app.get(DataSource);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id WHERE c.code = 'SINGLE'`);
    expect(n).toBe(1);
  });

  it('a 3-use code under 20 concurrent redemptions: exactly 3 succeed', async () => {
    await created({ code: 'THREE', kind: 'PERCENT', value: 1000, maxUses: 3 });
    const results = await settle(Array.from({ length: 20 }, (_, i) => redeem(owner.workspaceId, { code: 'THREE', contactId: null, orderRef: `PF-T-${i}`, amount: 1000 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as ConflictError).extensions.reason === 'COUPON_USED_UP')).toHaveLength(17);
    expect(await usesOf('THREE')).toBe(3);
  });

  it('the per-customer limit holds under concurrency too; other customers still redeem', async () => {
    await created({ code: 'ONE-EACH', kind: 'FIXED', value: 1000, perContactLimit: 1 });
    const results = await settle(Array.from({ length: 10 }, (_, i) => redeem(owner.workspaceId, { code: 'ONE-EACH', contactId, orderRef: `PF-E-${i}`, amount: 1000 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && (r.reason as ConflictError).extensions.reason === 'COUPON_CUSTOMER_LIMIT')).toHaveLength(9);
    await expect(redeem(owner.workspaceId, { code: 'ONE-EACH', contactId: null, orderRef: 'PF-E-anon', amount: 1000 })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.couponCode', message: 'is limited per customer: choose the customer' }] },
    });
    const second = (await gql(app, `mutation { createContact(input: { firstName: "مریم" }) { id } }`, {}, owner.token)).data!.createContact.id;
    await expect(redeem(owner.workspaceId, { code: 'ONE-EACH', contactId: second, orderRef: 'PF-E-2nd', amount: 1000 })).resolves.toMatchObject({ code: 'ONE-EACH', contactId: second });
  });

  it('redeeming again for the same document is a no-op; releasing a document gives the use back', async () => {
    await created({ code: 'TWICE', kind: 'FIXED', value: 1000, maxUses: 2 });
    const first = await redeem(owner.workspaceId, { code: 'TWICE', contactId, orderRef: 'PF-R-1', amount: 1000 });
    const again = await redeem(owner.workspaceId, { code: 'twice', contactId, orderRef: 'PF-R-1', amount: 1000 });
    expect(again.id).toBe(first.id);
    expect(await usesOf('TWICE')).toBe(1);
    await redeem(owner.workspaceId, { code: 'TWICE', contactId, orderRef: 'PF-R-2', amount: 1000 });
    await expect(redeem(owner.workspaceId, { code: 'TWICE', contactId, orderRef: 'PF-R-3', amount: 1000 })).rejects.toBeInstanceOf(ConflictError);
    expect(await release(owner.workspaceId, 'PF-R-2')).toBe(1);
    expect(await release(owner.workspaceId, 'PF-R-2')).toBe(0);
    expect(await usesOf('TWICE')).toBe(1);
    await expect(redeem(owner.workspaceId, { code: 'TWICE', contactId, orderRef: 'PF-R-3', amount: 1000 })).resolves.toMatchObject({ orderRef: 'PF-R-3' });
    const update = await gql(app, UPDATE, { id: first.couponId, input: { maxUses: 1 } }, owner.token);
    expect(fields(update)).toEqual([{ field: 'input.maxUses', message: 'cannot be below the 2 uses so far' }]);
  });

  it('expired and not-yet-valid codes are refused at redemption', async () => {
    await created({ code: 'PAST', kind: 'FIXED', value: 10, validTo: '2020-01-01T00:00:00Z' });
    await created({ code: 'FUTURE', kind: 'FIXED', value: 10, validFrom: '2999-01-01T00:00:00Z' });
    await expect(redeem(owner.workspaceId, { code: 'PAST', contactId, orderRef: 'PF-P', amount: 10 })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.couponCode', message: 'has expired (on 2020-01-01T00:00:00.000Z)' }] },
    });
    await expect(redeem(owner.workspaceId, { code: 'FUTURE', contactId, orderRef: 'PF-F', amount: 10, field: 'proforma.couponCode' })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'proforma.couponCode', message: 'is not valid yet (from 2999-01-01T00:00:00.000Z)' }] },
    });
  });

  it('keeps workspaces apart: the same code lives separately in each, and one cannot redeem or see the other’s', async () => {
    await created({ code: 'SHARED', kind: 'FIXED', value: 10, maxUses: 1 });
    await created({ code: 'SHARED', kind: 'FIXED', value: 20, maxUses: 1 }, other.token);
    await redeem(owner.workspaceId, { code: 'SHARED', contactId: null, orderRef: 'PF-X', amount: 10 });
    await expect(redeem(other.workspaceId, { code: 'SHARED', contactId: null, orderRef: 'PF-X', amount: 20 })).resolves.toMatchObject({ code: 'SHARED' });
    await expect(redeem(other.workspaceId, { code: 'SINGLE', contactId: null, orderRef: 'PF-Y', amount: 1 })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.couponCode', message: 'is not a valid coupon code' }] },
    });
    expect((await list({}, other.token)).edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['SHARED']);
    const mine = (await list({ code: 'SHARED' })).edges[0].node.id;
    expect(errorCode(await gql(app, DEACTIVATE, { id: mine }, other.token))).toBe('NOT_FOUND');
  });

  it('a SALES member reads coupons but cannot create them; MARKETING can', async () => {
    const member = async (role: string) => {
      const ds = app.app.get(DataSource);
      const email = uniqueEmail(role.toLowerCase());
      const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`, [email, await hashPassword('coupon password 123'), role]);
      await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [owner.workspaceId, user.id, role]);
      return (await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "coupon password 123" }) { accessToken } }`, { e: email })).data!.login.accessToken;
    };
    const sales = await member('SALES');
    expect((await gql(app, LIST, {}, sales)).errors).toBeUndefined();
    expect(errorCode(await create({ code: 'SALES10', kind: 'FIXED', value: 10 }, sales))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `mutation { createPriceList(input: { name: "x", kind: ALL }) { id } }`, {}, sales))).toBe('FORBIDDEN');
    const warehouse = await member('WAREHOUSE');
    expect(errorCode(await gql(app, LIST, {}, warehouse))).toBe('FORBIDDEN');
    const marketing = await member('MARKETING');
    expect((await create({ code: 'MKT10', kind: 'FIXED', value: 10 }, marketing)).errors).toBeUndefined();
  });
});
