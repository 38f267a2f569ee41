import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/** Counts SQL statements (tests use it to prove lists do not issue N+1 queries) and logs slow ones. */
export class CountingQueryLogger extends AbstractLogger {
  count = 0;

  constructor(private readonly onSlow?: (query: string, ms: number) => void) {
    super(['query', 'error', 'warn']);
  }

  override logQuery(): void {
    this.count++;
  }

  override logQuerySlow(time: number, query: string): void {
    this.onSlow?.(query, time);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _runner?: QueryRunner): void {
    // query text is not logged by default; errors surface through the exception path
  }
}
