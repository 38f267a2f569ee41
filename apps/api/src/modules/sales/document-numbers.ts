import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';

export type DocumentNumberKind = 'PROFORMA' | 'WAREHOUSE_ISSUE';

/**
 * Readable per-workspace numbers of pro-formas and warehouse issues, allocated OUTSIDE the document's transaction:
 * one autocommitted increment of the `sales_counters` row, so its row lock lasts one statement instead of the whole
 * order transaction (which serialised every concurrent createProforma of a workspace). The price: a document whose
 * transaction fails leaves its number unused (numbers may have gaps, as the migration allows; invoices are different —
 * gapless, numbered inside their transaction). The increments run on a connection of their own: taking a second
 * pooled connection while the document's transaction holds one could exhaust the pool under load and wait forever.
 * The statement runs as the owner role (the `system_access` policy), naming the workspace explicitly.
 */
@Injectable()
export class DocumentNumbers implements OnModuleDestroy {
  private runner?: QueryRunner;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async next(workspaceId: string, kind: DocumentNumberKind): Promise<number> {
    try {
      return await this.increment(workspaceId, kind);
    } catch {
      // The connection broke (e.g. a database restart) and was dropped: once more on a new one.
      return this.increment(workspaceId, kind);
    }
  }

  /** One increment at a time on the connection (a pg client runs one query at a time; callers queue here). */
  private increment(workspaceId: string, kind: DocumentNumberKind): Promise<number> {
    const run = this.queue.then(async () => {
      this.runner ??= this.dataSource.createQueryRunner();
      try {
        const [{ last_number }]: Array<{ last_number: number }> = await this.runner.query(
          `INSERT INTO sales_counters (workspace_id, kind, last_number) VALUES ($1, $2, 1)
           ON CONFLICT (workspace_id, kind) DO UPDATE SET last_number = sales_counters.last_number + 1 RETURNING last_number`,
          [workspaceId, kind],
        );
        return last_number;
      } catch (e) {
        await this.drop();
        throw e;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async drop(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    await runner?.release().catch(() => undefined);
  }

  onModuleDestroy(): Promise<void> {
    return this.drop();
  }
}
