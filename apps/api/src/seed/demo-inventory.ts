import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db.service';
import { StockService } from '../modules/inventory/stock.service';
import { WarehousesService } from '../modules/inventory/warehouses.service';

/**
 * The demo workspace's warehouses (central, default; and a branch) and opening stock for every product of the demo
 * catalog: varied quantities, a few at or under their low-stock threshold and one out of stock, so the stock screens
 * and the storefront show every state. Runs after the catalog seed; with no products it only creates the warehouses.
 */
export async function seedDemoInventory(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  const warehouses = app.get(WarehousesService);
  const stock = app.get(StockService);
  const db = app.get(TenantDb);
  await app.get(RequestContext).runAs(principal, async () => {
    const main = await warehouses.create({ code: 'MAIN', name: 'انبار مرکزی', address: 'تهران، خیابان آزادی، پلاک ۱۲', isDefault: true });
    const branch = await warehouses.create({ code: 'BR-ESF', name: 'انبار شعبه اصفهان', address: 'اصفهان، خیابان چهارباغ عباسی' });
    const products: Array<{ id: string; threshold: number | null }> = await db.tx((em) =>
      em.query(`SELECT id, low_stock_threshold AS threshold FROM products WHERE archived_at IS NULL ORDER BY created_at, sku`),
    );
    for (const [i, product] of products.entries()) {
      if (i % 11 === 7) continue; // never stocked: shows as unavailable
      const threshold = product.threshold ?? 5;
      // Every fifth product sits at its low-stock threshold; the rest have comfortable stock.
      const quantity = i % 5 === 3 ? Math.max(1, threshold) : 20 + ((i * 37) % 180);
      await stock.receive({ warehouseId: main.id, productId: product.id, quantity, reason: 'موجودی اول دوره', reference: 'opening-balance' });
      if (i % 3 === 0) {
        await stock.receive({ warehouseId: branch.id, productId: product.id, quantity: 10 + (i % 25), reason: 'موجودی اول دوره', reference: 'opening-balance' });
      }
    }
  });
}
