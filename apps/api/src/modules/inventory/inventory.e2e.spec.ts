import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../core/auth/secrets';
import { TenantDb } from '../../core/database/tenant-db.service';
import { errorCode, gql, Owner, signUpOwner, uniqueEmail } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { InventoryEvents } from './inventory.events';
import { StockService } from './stock.service';

const CREATE_WAREHOUSE = `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id code name isDefault active } }`;
const UPDATE_WAREHOUSE = `mutation($id: ID!, $i: UpdateWarehouseInput!) { updateWarehouse(id: $id, input: $i) { id isDefault active } }`;
const RECEIVE = `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { warehouseId productId onHand reserved available warehouse { code } } }`;
const ADJUST = `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { onHand reserved available } }`;
const TRANSFER = `mutation($i: TransferStockInput!) { transferStock(input: $i) { from { onHand available } to { onHand available warehouse { code } } } }`;
const LEVELS = `query($f: StockLevelFilter, $after: String) { stockLevels(filter: $f, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { productId warehouseId onHand reserved available } } } }`;
const MOVEMENTS = `query($f: StockMovementFilter) { stockMovements(filter: $f, first: 50) { totalCount edges { node { kind quantity deltaOnHand deltaReserved reason reference actor { email } warehouse { code } } } } }`;
const AVAILABILITY = `query($ids: [ID!]!) { productAvailability(productIds: $ids) { productId onHand reserved available status lowStockThreshold lowStock } }`;

/** Products are the catalog's: created directly so these tests do not depend on the catalog API. */
async function createProduct(ds: DataSource, workspaceId: string, sku: string, name: string, lowStockThreshold: number | null = null): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO products (workspace_id, sku, name_fa, base_price, low_stock_threshold) VALUES ($1, $2, $3, 1000000, $4) RETURNING id`,
    [workspaceId, sku, name, lowStockThreshold],
  );
  return row.id;
}

/** A member of the given role, created directly (invitations are tested elsewhere), signed in. */
async function memberWithRole(app: TestApp, workspaceId: string, role: string): Promise<{ token: string; memberId: string; email: string }> {
  const ds = app.app.get(DataSource);
  const email = uniqueEmail(role.toLowerCase());
  const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`, [email, await hashPassword('stock password 123'), `انباردار ${role}`]);
  const [member] = await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [workspaceId, user.id, role]);
  const login = await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "stock password 123" }) { accessToken } }`, { e: email });
  return { token: login.data!.login.accessToken, memberId: member.id, email };
}

describe('inventory: warehouses, stock levels, the ledger and availability over GraphQL', () => {
  let app: TestApp;
  let ds: DataSource;
  let owner: Owner;
  let warehouse: { token: string; memberId: string; email: string };
  let sales: { token: string; memberId: string; email: string };
  let main: string;
  let branch: string;
  let tea: string;
  let rice: string;
  const events: Array<{ name: string; productId: string; available: number }> = [];

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_URL: 'https://crm.example.ir' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Stock shop');
    warehouse = await memberWithRole(app, owner.workspaceId, 'WAREHOUSE');
    sales = await memberWithRole(app, owner.workspaceId, 'SALES');
    tea = await createProduct(ds, owner.workspaceId, 'TEA-1', 'چای ممتاز لاهیجان', 2);
    rice = await createProduct(ds, owner.workspaceId, 'RICE-10', 'برنج هاشمی ۱۰ کیلویی');
    const emitter = app.app.get(EventEmitter2);
    for (const name of Object.values(InventoryEvents)) {
      emitter.on(name, (e: { productId: string; available: number }) => events.push({ name, productId: e.productId, available: e.available }));
    }
  });
  afterAll(() => app.close());

  it('warehouses: the first is the default; codes are unique; one default at a time; an inactive one must be empty', async () => {
    const first = await gql(app, CREATE_WAREHOUSE, { i: { code: 'MAIN', name: 'انبار مرکزی' } }, warehouse.token);
    expect(first.data!.createWarehouse).toMatchObject({ code: 'MAIN', isDefault: true, active: true });
    main = first.data!.createWarehouse.id;
    const second = await gql(app, CREATE_WAREHOUSE, { i: { code: 'BR-2', name: 'انبار شعبه', address: 'اصفهان' } }, warehouse.token);
    expect(second.data!.createWarehouse.isDefault).toBe(false);
    branch = second.data!.createWarehouse.id;

    const dup = await gql(app, CREATE_WAREHOUSE, { i: { code: 'main', name: 'x' } }, warehouse.token);
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.errors![0].extensions!.field).toBe('input.code');

    const noDefault = await gql(app, UPDATE_WAREHOUSE, { id: main, i: { active: false } }, warehouse.token);
    expect(errorCode(noDefault)).toBe('BAD_USER_INPUT');
    expect(noDefault.errors![0].extensions!.fields![0].field).toBe('input.active');

    const list = await gql(app, `{ warehouses { code isDefault } }`, {}, sales.token);
    expect(list.data!.warehouses).toEqual([{ code: 'MAIN', isDefault: true }, { code: 'BR-2', isDefault: false }]);
  });

  it('receipts, adjustments and transfers move the levels and write the ledger, with who and why', async () => {
    const received = await gql(app, RECEIVE, { i: { warehouseId: main, productId: tea, quantity: 12, reason: 'خرید از تأمین‌کننده', reference: 'PO-1402' } }, warehouse.token);
    expect(received.errors).toBeUndefined();
    expect(received.data!.receiveStock).toMatchObject({ onHand: 12, reserved: 0, available: 12, warehouse: { code: 'MAIN' } });

    const counted = await gql(app, ADJUST, { i: { warehouseId: main, productId: tea, countedQuantity: 10, reason: 'شمارش انبار' } }, warehouse.token);
    expect(counted.data!.adjustStock).toEqual({ onHand: 10, reserved: 0, available: 10 });
    const damaged = await gql(app, ADJUST, { i: { warehouseId: main, productId: tea, delta: -1, reason: 'بسته آسیب‌دیده' } }, owner.token);
    expect(damaged.data!.adjustStock.onHand).toBe(9);

    const moved = await gql(app, TRANSFER, { i: { fromWarehouseId: main, toWarehouseId: branch, productId: tea, quantity: 4 } }, warehouse.token);
    expect(moved.data!.transferStock).toEqual({ from: { onHand: 5, available: 5 }, to: { onHand: 4, available: 4, warehouse: { code: 'BR-2' } } });

    const ledger = await gql(app, MOVEMENTS, { f: { productId: tea } }, warehouse.token);
    expect(ledger.data!.stockMovements.totalCount).toBe(5);
    expect(ledger.data!.stockMovements.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        { kind: 'RECEIPT', quantity: 12, deltaOnHand: 12, deltaReserved: 0, reason: 'خرید از تأمین‌کننده', reference: 'PO-1402', actor: { email: warehouse.email }, warehouse: { code: 'MAIN' } },
        { kind: 'ADJUSTMENT', quantity: 2, deltaOnHand: -2, deltaReserved: 0, reason: 'شمارش انبار', reference: null, actor: { email: warehouse.email }, warehouse: { code: 'MAIN' } },
        { kind: 'ADJUSTMENT', quantity: 1, deltaOnHand: -1, deltaReserved: 0, reason: 'بسته آسیب‌دیده', reference: null, actor: { email: owner.email }, warehouse: { code: 'MAIN' } },
        expect.objectContaining({ kind: 'TRANSFER_OUT', deltaOnHand: -4, warehouse: { code: 'MAIN' } }),
        expect.objectContaining({ kind: 'TRANSFER_IN', deltaOnHand: 4, warehouse: { code: 'BR-2' } }),
      ]),
    );

    const availability = await gql(app, AVAILABILITY, { ids: [tea, rice, '00000000-0000-0000-0000-000000000000'] }, sales.token);
    expect(availability.data!.productAvailability).toEqual([
      { productId: tea, onHand: 9, reserved: 0, available: 9, status: 'AVAILABLE', lowStockThreshold: 2, lowStock: false },
      { productId: rice, onHand: 0, reserved: 0, available: 0, status: 'UNAVAILABLE', lowStockThreshold: null, lowStock: false },
    ]);
    // The catalog's Product type carries it too (one batched lookup per page of products).
    const viaCatalog = await gql(app, `{ products(first: 10) { edges { node { sku availability { available status } } } } }`, {}, sales.token);
    expect(viaCatalog.errors).toBeUndefined();
    expect(viaCatalog.data!.products.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([{ sku: 'TEA-1', availability: { available: 9, status: 'AVAILABLE' } }, { sku: 'RICE-10', availability: { available: 0, status: 'UNAVAILABLE' } }]),
    );
  });

  it('lists levels with cursors and filters (warehouse, product, low stock only)', async () => {
    await gql(app, RECEIVE, { i: { warehouseId: main, productId: rice, quantity: 30 } }, warehouse.token);
    const page1 = await gql(app, LEVELS, {}, warehouse.token);
    expect(page1.data!.stockLevels.totalCount).toBe(3);
    expect(page1.data!.stockLevels.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(app, LEVELS, { after: page1.data!.stockLevels.pageInfo.endCursor }, warehouse.token);
    expect(page2.data!.stockLevels.edges).toHaveLength(1);
    const inBranch = await gql(app, LEVELS, { f: { warehouseId: branch } }, warehouse.token);
    expect(inBranch.data!.stockLevels.edges.map((e: { node: unknown }) => e.node)).toEqual([{ productId: tea, warehouseId: branch, onHand: 4, reserved: 0, available: 4 }]);
    const low = await gql(app, LEVELS, { f: { lowOnly: true } }, warehouse.token);
    expect(low.data!.stockLevels.totalCount).toBe(0);
  });

  it('an adjustment needs a reason, and either a count or a delta — clear errors naming the field, nothing written', async () => {
    const before = await ds.query(`SELECT count(*)::int AS n FROM stock_movements`);
    const blank = await gql(app, ADJUST, { i: { warehouseId: main, productId: tea, delta: -1, reason: '   ' } }, warehouse.token);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions!.fields).toEqual([{ field: 'input.reason', message: expect.stringContaining('required') }]);
    const missing = await gql(app, `mutation { adjustStock(input: { warehouseId: "${main}", productId: "${tea}", delta: -1 }) { onHand } }`, {}, warehouse.token);
    expect(missing.errors![0].message).toContain('reason');
    const both = await gql(app, ADJUST, { i: { warehouseId: main, productId: tea, delta: -1, countedQuantity: 3, reason: 'x' } }, warehouse.token);
    expect(both.errors![0].extensions!.fields![0].field).toBe('input.countedQuantity');
    const negative = await gql(app, RECEIVE, { i: { warehouseId: main, productId: tea, quantity: -5 } }, warehouse.token);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors![0].extensions!.fields![0].field).toBe('input.quantity');
    expect(await ds.query(`SELECT count(*)::int AS n FROM stock_movements`)).toEqual(before);
  });

  it('a transfer beyond what is available is OUT_OF_STOCK, naming the product; a count below the reserved units is a CONFLICT', async () => {
    const tooMany = await gql(app, TRANSFER, { i: { fromWarehouseId: branch, toWarehouseId: main, productId: tea, quantity: 5 } }, warehouse.token);
    expect(errorCode(tooMany)).toBe('OUT_OF_STOCK');
    expect(tooMany.errors![0].message).toContain('چای ممتاز لاهیجان (TEA-1): 5 wanted, 4 available');
    expect(tooMany.errors![0].extensions!.products).toEqual([{ productId: tea, sku: 'TEA-1', name: 'چای ممتاز لاهیجان', requested: 5, available: 4 }]);

    const stock = app.app.get(StockService);
    const db = app.app.get(TenantDb);
    await inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock.reserveIn(em, { reference: 'proforma:count', lines: [{ productId: rice, quantity: 25 }] })));
    const below = await gql(app, ADJUST, { i: { warehouseId: main, productId: rice, countedQuantity: 20, reason: 'شمارش' } }, warehouse.token);
    expect(errorCode(below)).toBe('CONFLICT');
    expect(below.errors![0].extensions).toMatchObject({ field: 'input.countedQuantity', onHand: 30, reserved: 25 });
    await inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock.releaseIn(em, 'proforma:count')));
  });

  it('availability flips at once: unavailable when available reaches 0, available again on release or restock (events in the same transaction)', async () => {
    const stock = app.app.get(StockService);
    const db = app.app.get(TenantDb);
    const run = <T>(fn: (s: StockService, em: Parameters<StockService['releaseIn']>[0]) => Promise<T>) =>
      inWorkspace(app, owner.workspaceId, () => db.tx((em) => fn(stock, em)));
    events.length = 0;
    // Tea: 5 in MAIN (default) and 4 in BR-2. Reserve 5 (from MAIN) and 4 (from BR-2, the first with enough).
    const reserved = await run((s, em) => s.reserveIn(em, { reference: 'proforma:1', lines: [{ productId: tea, quantity: 5 }] }));
    expect(reserved).toEqual([{ warehouseId: main, productId: tea, quantity: 5 }]);
    await run((s, em) => s.reserveIn(em, { reference: 'proforma:2', lines: [{ productId: tea, quantity: 4 }] }));
    const status = async () => (await gql(app, AVAILABILITY, { ids: [tea] }, owner.token)).data!.productAvailability[0];
    expect(await status()).toMatchObject({ available: 0, status: 'UNAVAILABLE', reserved: 9 });

    expect(await run((s, em) => s.releaseIn(em, 'proforma:2'))).toEqual([{ warehouseId: branch, productId: tea, quantity: 4 }]);
    expect(await run((s, em) => s.releaseIn(em, 'proforma:2'))).toEqual([]);
    expect(await status()).toMatchObject({ available: 4, status: 'AVAILABLE' });

    await run((s, em) => s.issueIn(em, 'proforma:1'));
    expect(await status()).toMatchObject({ onHand: 4, reserved: 0, available: 4 });
    await run((s, em) => s.reserveIn(em, { reference: 'proforma:3', lines: [{ productId: tea, quantity: 4 }] }));
    await run((s, em) => s.returnIn(em, { reference: 'proforma:1', lines: [{ productId: tea, quantity: 2 }] }));
    const overReturn = run((s, em) => s.returnIn(em, { reference: 'proforma:1', lines: [{ productId: tea, quantity: 4 }] }));
    await expect(overReturn).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.lines.0.quantity', message: expect.stringContaining('only 3') }] } });

    const teaEvents = events.filter((e) => e.productId === tea).map((e) => [e.name, e.available]);
    // Reaching 0 also crosses the low-stock threshold (2) from above; coming back from 0 to 2 does not.
    expect(teaEvents).toEqual([
      ['inventory.product_unavailable', 0],
      ['inventory.low_stock', 0],
      ['inventory.product_available', 4],
      ['inventory.product_unavailable', 0],
      ['inventory.low_stock', 0],
      ['inventory.product_available', 2],
    ]);
  });

  it('low stock alerts every WAREHOUSE member once per crossing of the threshold (a messages row for the member)', async () => {
    const alerts = () => ds.query(`SELECT subject, body_text, language FROM messages WHERE member_id = $1 ORDER BY created_at`, [warehouse.memberId]);
    // The two crossings of the previous test.
    const [first, second] = await alerts();
    expect(first).toMatchObject({ language: 'fa', subject: 'موجودی کم: چای ممتاز لاهیجان' });
    expect(first.body_text).toContain('«چای ممتاز لاهیجان» (کد TEA-1) به ۰ رسید؛ حد هشدار ۲ است.');
    expect(first.body_text).toContain(`https://crm.example.ir/inventory/stock?productId=${tea}`);
    expect(second).toBeDefined();
    expect(await ds.query(`SELECT count(*)::int AS n FROM messages WHERE member_id = $1`, [sales.memberId])).toEqual([{ n: 0 }]);

    const stock = app.app.get(StockService);
    const db = app.app.get(TenantDb);
    // Still under the threshold: no new alert; back above and down again: a second one.
    await inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock.reserveIn(em, { reference: 'proforma:4', lines: [{ productId: tea, quantity: 1 }] })));
    expect(await alerts()).toHaveLength(2);
    await gql(app, RECEIVE, { i: { warehouseId: main, productId: tea, quantity: 10 } }, warehouse.token);
    await inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock.reserveIn(em, { reference: 'proforma:5', lines: [{ productId: tea, quantity: 9 }] })));
    const all = await alerts();
    expect(all).toHaveLength(3);
    expect(all[2].body_text).toContain('به ۲ رسید');
    const low = await gql(app, LEVELS, { f: { lowOnly: true } }, warehouse.token);
    expect(low.data!.stockLevels.edges.every((e: { node: { productId: string } }) => e.node.productId === tea)).toBe(true);
    expect(low.data!.stockLevels.totalCount).toBe(2);
  });

  it('permissions: SALES reads stock but cannot receive, adjust or transfer; WAREHOUSE can', async () => {
    expect((await gql(app, LEVELS, {}, sales.token)).errors).toBeUndefined();
    const adjust = await gql(app, ADJUST, { i: { warehouseId: main, productId: tea, delta: 1, reason: 'x' } }, sales.token);
    expect(errorCode(adjust)).toBe('FORBIDDEN');
    expect(adjust.errors![0].message).toContain('inventory:write');
    expect(errorCode(await gql(app, RECEIVE, { i: { warehouseId: main, productId: tea, quantity: 1 } }, sales.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CREATE_WAREHOUSE, { i: { code: 'X', name: 'x' } }, sales.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, LEVELS, {}))).toBe('UNAUTHENTICATED');
  });

  it('workspace isolation: another workspace sees none of it and cannot use its warehouses or products', async () => {
    const other = await signUpOwner(app, 'Other shop');
    const levels = await gql(app, LEVELS, {}, other.token);
    expect(levels.data!.stockLevels.totalCount).toBe(0);
    expect((await gql(app, MOVEMENTS, {}, other.token)).data!.stockMovements.totalCount).toBe(0);
    expect((await gql(app, `{ warehouses { id } }`, {}, other.token)).data!.warehouses).toEqual([]);
    expect((await gql(app, AVAILABILITY, { ids: [tea] }, other.token)).data!.productAvailability).toEqual([]);

    const theirs = await gql(app, CREATE_WAREHOUSE, { i: { code: 'MAIN', name: 'انبار ما' } }, other.token);
    expect(theirs.data!.createWarehouse.isDefault).toBe(true);
    const intoForeign = await gql(app, RECEIVE, { i: { warehouseId: main, productId: tea, quantity: 1 } }, other.token);
    expect(errorCode(intoForeign)).toBe('BAD_USER_INPUT');
    expect(intoForeign.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.warehouseId']);
    const foreignProduct = await gql(app, RECEIVE, { i: { warehouseId: theirs.data!.createWarehouse.id, productId: tea, quantity: 1 } }, other.token);
    expect(foreignProduct.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.productId']);
    const updateForeign = await gql(app, UPDATE_WAREHOUSE, { id: main, i: { name: 'x' } }, other.token);
    expect(errorCode(updateForeign)).toBe('NOT_FOUND');
    // A reservation in the other workspace cannot reach this workspace's stock.
    const stock = app.app.get(StockService);
    const db = app.app.get(TenantDb);
    const reserve = inWorkspace(app, other.workspaceId, () => db.tx((em) => stock.reserveIn(em, { reference: 'x', lines: [{ productId: rice, quantity: 1 }] })));
    await expect(reserve).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
  });
});
