import { Client } from 'pg';
import { gql, GqlResponse, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/**
 * A GraphQL query's reads share one READ ONLY transaction; its resolvers and DataLoader batches run concurrently, so
 * their statements must take turns on that connection rather than reach pg while another runs (pg 9 refuses that).
 */
describe('the shared read transaction', () => {
  let app: TestApp;
  let owner: Owner;
  const call = (q: string, v: Record<string, unknown> = {}) => gql(app, q, v, owner.token);

  beforeAll(async () => {
    app = await startTestApp({ env: { APP_ROLE: 'api' } });
    owner = await signUpOwner(app, 'Shared read shop');
    const wh = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار", isDefault: true }) { id } }`)).createWarehouse.id;
    const contactId = ok(await call(`mutation { createContact(input: { firstName: "سارا", phones: [{ number: "09121234567" }] }) { id } }`)).createContact.id;
    for (let i = 0; i < 3; i++) {
      const p = ok(await call(`mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, { i: { sku: `SR-${i}`, nameFa: `کالا ${i}`, basePrice: 100_000 } })).createProduct.id;
      ok(await call(`mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id } }`, { i: { warehouseId: wh, productId: p, quantity: 5 } }));
      ok(await call(`mutation($i: CreateProformaInput!) { createProforma(input: $i) { id } }`, { i: { contactId, lines: [{ productId: p, quantity: 1 }] } }));
    }
  });
  afterAll(() => app.close());

  it('answers a query whose fields load in parallel without a statement sent while another runs on its connection', async () => {
    const original = Client.prototype.query;
    let overlapping = 0;
    Client.prototype.query = function (this: Client & { activeQuery?: unknown; queryQueue?: unknown[] }, ...args: unknown[]) {
      if (this.activeQuery || this.queryQueue?.length) overlapping++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
    try {
      const data = ok(await call(`{ proformas(first: 10) { edges { node { id lines { productName } contact { fullName } owner { id } } } } }`));
      expect(data.proformas.edges).toHaveLength(3);
      for (const { node } of data.proformas.edges) {
        expect(node.lines).toHaveLength(1);
        expect(node.contact.fullName).toContain('سارا');
      }
    } finally {
      Client.prototype.query = original;
    }
    expect(overlapping).toBe(0);
  });
});
