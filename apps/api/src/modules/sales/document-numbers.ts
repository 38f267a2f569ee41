import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';

export type DocumentNumberKind = 'PROFORMA' | 'WAREHOUSE_ISSUE';

const INCREMENT = `INSERT INTO sales_counters (workspace_id, kind, last_number) VALUES ($1, $2, 1)
  ON CONFLICT (workspace_id, kind) DO UPDATE SET last_number = sales_counters.last_number + 1 RETURNING last_number`;

/**
 * Readable per-workspace numbers of pro-formas and warehouse issues, allocated OUTSIDE the document's transaction:
 * one autocommitted increment of the `sales_counters` row, so its row lock lasts one statement instead of the whole
 * order transaction (which serialised every concurrent createProforma of a workspace). The price: a document whose
 * transaction fails leaves its number unused (numbers may have gaps, as the migration allows; invoices are different —
 * gapless, numbered inside their transaction). The increments run on a connection of their own, outside the pool:
 * waiting for a pooled connection while the document's transaction holds one could exhaust the pool under load and
 * wait forever. The statement runs as the owner role (the `system_access` policy), naming the workspace explicitly.
 */
@Injectable()
export class DocumentNumbers implements OnApplicationBootstrap, OnModuleDestroy {
  private client?: Promise<Client>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connection();
  }

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
      const client = await this.connection();
      this.dataSource.logger.logQuery(INCREMENT, [workspaceId, kind]);
      try {
        const { rows } = await client.query<{ last_number: number }>(INCREMENT, [workspaceId, kind]);
        return rows[0].last_number;
      } catch (e) {
        await this.drop();
        throw e;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private connection(): Promise<Client> {
    if (!this.client) {
      const options = this.dataSource.options as Extract<DataSourceOptions, { type: 'postgres' }>;
      const client = new Client({
        connectionString: options.url, host: options.host, port: options.port, user: options.username, database: options.database,
        password: typeof options.password === 'string' ? options.password : undefined, application_name: `${options.applicationName ?? 'peyvand'}-numbers`,
      });
      const connecting = client.connect().then(() => client);
      client.on('error', () => {
        if (this.client === connecting) this.client = undefined;
      });
      connecting.catch(() => {
        if (this.client === connecting) this.client = undefined;
      });
      this.client = connecting;
    }
    return this.client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  onModuleDestroy(): Promise<void> {
    return this.drop();
  }
}
