import { EntityManager } from 'typeorm';

/**
 * An entity from a raw row of its table (column names as keys, read by preparedQuery or a RETURNING clause), with the
 * columns' transformers applied: what TypeORM would have loaded.
 */
export function hydrate<T extends object>(em: EntityManager, target: new () => T, row: Record<string, unknown>): T {
  const metadata = em.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    if (column.databaseName in row) column.setEntityValue(entity, em.connection.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

const selectLists = new WeakMap<object, string>();

/** The entity's column list as TypeORM selects it (columns marked select: false left out), for a hand-written SELECT. */
export function selectListOf(em: EntityManager, target: new () => object): string {
  let list = selectLists.get(target);
  if (!list) {
    list = em.connection
      .getMetadata(target)
      .columns.filter((c) => c.isSelect)
      .map((c) => `"${c.databaseName}"`)
      .join(', ');
    selectLists.set(target, list);
  }
  return list;
}
