import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';

export type DocumentNumberKind = 'PROFORMA' | 'WAREHOUSE_ISSUE';

/** Takes the next $3 numbers; returns the last of them. */
const INCREMENT = `INSERT INTO sales_counters (workspace_id, kind, last_number) VALUES ($1, $2, $3)
  ON CONFLICT (workspace_id, kind) DO UPDATE SET last_number = sales_counters.last_number + EXCLUDED.last_number RETURNING last_number`;

interface Waiter {
  resolve: (n: number) => void;
  reject: (e: unknown) => void;
}

/**
 * Readable per-workspace numbers of pro-formas and warehouse issues, allocated OUTSIDE the document's transaction:
 * one autocommitted increment of the `sales_counters` row, so its row lock lasts one statement instead of the whole
 * order transaction (which serialised every concurrent createProforma of a workspace). The price: a document whose
 * transaction fails leaves its number unused (numbers may have gaps, as the migration allows; invoices are different —
 * gapless, numbered inside their transaction). The increments run on a connection of their own, outside the pool:
 * waiting for a pooled connection while the document's transaction holds one could exhaust the pool under load and
 * wait forever. One statement runs at a time; the callers that arrive meanwhile are served together by the next one
 * (it takes as many numbers as they are, in their order), so a saturated machine does not queue them one by one.
 * The statement runs as the owner role (the `system_access` policy), naming the workspace explicitly.
 */
@Injectable()
export class DocumentNumbers implements OnApplicationBootstrap, OnApplicationShutdown {
  private client?: Promise<Client>;
  /** Callers waiting for a number, per workspace and kind, in arrival order. */
  private readonly waiting = new Map<string, Waiter[]>();
  private draining = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connection();
  }

  next(workspaceId: string, kind: DocumentNumberKind): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const key = `${workspaceId}|${kind}`;
      const list = this.waiting.get(key);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let entry = first(this.waiting); entry; entry = first(this.waiting)) {
        const [key, waiters] = entry;
        this.waiting.delete(key);
        const [workspaceId, kind] = key.split('|');
        try {
          const last = await this.take(workspaceId, kind, waiters.length).catch(() =>
            // The connection broke (e.g. a database restart) and was dropped: once more on a new one.
            this.take(workspaceId, kind, waiters.length),
          );
          waiters.forEach((w, i) => w.resolve(last - waiters.length + 1 + i));
        } catch (e) {
          waiters.forEach((w) => w.reject(e));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async take(workspaceId: string, kind: string, count: number): Promise<number> {
    const client = await this.connection();
    this.dataSource.logger.logQuery(INCREMENT, [workspaceId, kind, count]);
    try {
      const { rows } = await client.query<{ last_number: number }>(INCREMENT, [workspaceId, kind, count]);
      return rows[0].last_number;
    } catch (e) {
      await this.drop();
      throw e;
    }
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

  /** After the job workers have stopped (beforeApplicationShutdown). */
  onApplicationShutdown(): Promise<void> {
    return this.drop();
  }
}

const first = <K, V>(map: Map<K, V>): [K, V] | undefined => map.entries().next().value;
