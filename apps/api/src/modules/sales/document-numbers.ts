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

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async next(workspaceId: string, kind: DocumentNumberKind): Promise<number> {
    try {
      return await this.increment(workspaceId, kind);
    } catch (e) {
      // A broken connection (database restart): once more on a new one.
      if (!this.runner || this.runner.isReleased) throw e;
      await this.drop();
      return this.increment(workspaceId, kind);
    }
  }

  private async increment(workspaceId: string, kind: DocumentNumberKind): Promise<number> {
    this.runner ??= this.dataSource.createQueryRunner();
    const [{ last_number }]: Array<{ last_number: number }> = await this.runner.query(
      `INSERT INTO sales_counters (workspace_id, kind, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (workspace_id, kind) DO UPDATE SET last_number = sales_counters.last_number + 1 RETURNING last_number`,
      [workspaceId, kind],
    );
    return last_number;
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
