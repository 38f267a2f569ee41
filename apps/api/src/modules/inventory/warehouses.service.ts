import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { CreateWarehouseInput, UpdateWarehouseInput } from './dto/inventory.inputs';
import { WarehouseEntity } from './inventory.entities';
import { Warehouse } from './models/inventory.model';

export const toWarehouse = (e: WarehouseEntity): Warehouse => ({
  id: e.id, code: e.code, name: e.name, address: e.address, active: e.active, isDefault: e.isDefault, createdAt: e.createdAt, updatedAt: e.updatedAt,
});

const isUniqueViolation = (e: unknown, index: string): boolean => {
  const driver = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === index;
};

/** Warehouses: exactly one default (reservations look there first); an inactive one must be empty. */
@Injectable()
export class WarehousesService {
  constructor(private readonly db: TenantDb) {}

  /** Every warehouse of the workspace: the default first, then by code. */
  list(): Promise<Warehouse[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(WarehouseEntity, { order: { isDefault: 'DESC', active: 'DESC', code: 'ASC' } });
      return rows.map(toWarehouse);
    });
  }

  findByIds(ids: readonly string[]): Promise<Warehouse[]> {
    return this.db.tx(async (em) => (await em.find(WarehouseEntity, { where: { id: In([...ids]) } })).map(toWarehouse));
  }

  create(input: CreateWarehouseInput): Promise<Warehouse> {
    return this.db.tx((em) => this.createIn(em, input));
  }

  async createIn(em: EntityManager, input: CreateWarehouseInput): Promise<Warehouse> {
    const [{ n }]: Array<{ n: number }> = await em.query(`SELECT count(*)::int AS n FROM warehouses WHERE is_default`);
    const makeDefault = n === 0 || input.isDefault === true;
    if (makeDefault && n > 0) await em.query(`UPDATE warehouses SET is_default = false, updated_at = now() WHERE is_default`);
    try {
      const [row]: Array<{ id: string }> = await em.query(
        `INSERT INTO warehouses (workspace_id, code, name, address, is_default) VALUES (app_current_workspace(), $1, $2, $3, $4) RETURNING id`,
        [input.code.trim(), input.name.trim(), input.address?.trim() || null, makeDefault],
      );
      return toWarehouse(await em.findOneByOrFail(WarehouseEntity, { id: row.id }));
    } catch (e) {
      if (isUniqueViolation(e, 'warehouses_code')) throw new ConflictError(`A warehouse with code "${input.code}" exists`, { field: 'input.code' });
      if (isUniqueViolation(e, 'warehouses_one_default')) throw new ConflictError('Another warehouse was made the default at the same time; try again');
      throw e;
    }
  }

  update(id: string, input: UpdateWarehouseInput): Promise<Warehouse> {
    return this.db.tx(async (em) => {
      // Lock it (stock operations hold a share lock on the warehouses they use: deactivation waits for them).
      const warehouse = await em.findOne(WarehouseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!warehouse) throw new NotFoundError('Warehouse', id);
      if (input.code !== undefined) warehouse.code = input.code.trim();
      if (input.name !== undefined) warehouse.name = input.name.trim();
      if (input.address !== undefined) warehouse.address = input.address?.trim() || null;
      if (input.isDefault === false && warehouse.isDefault) {
        throw BadInputError.field('input.isDefault', 'make another warehouse the default instead');
      }
      if (input.active === false && warehouse.active) {
        if (warehouse.isDefault && input.isDefault !== false) throw BadInputError.field('input.active', 'the default warehouse cannot be deactivated: make another warehouse the default first');
        const [stock]: Array<{ units: number }> = await em.query(`SELECT coalesce(sum(on_hand), 0)::int AS units FROM stock_levels WHERE warehouse_id = $1`, [id]);
        if (stock.units > 0) throw BadInputError.field('input.active', `the warehouse still holds ${stock.units} unit(s): transfer or adjust them out first`);
      }
      if (input.active !== undefined) warehouse.active = input.active;
      if (input.isDefault === true && !warehouse.isDefault) {
        if (!warehouse.active) throw BadInputError.field('input.isDefault', 'an inactive warehouse cannot be the default');
        await em.query(`UPDATE warehouses SET is_default = false, updated_at = now() WHERE is_default AND id <> $1`, [id]);
        warehouse.isDefault = true;
      }
      try {
        return toWarehouse(await em.save(warehouse));
      } catch (e) {
        if (isUniqueViolation(e, 'warehouses_code')) throw new ConflictError(`A warehouse with code "${input.code}" exists`, { field: 'input.code' });
        throw e;
      }
    });
  }
}
