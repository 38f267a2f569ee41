import { Injectable } from '@nestjs/common';
import { addDays, formatISODate, parseISODate, zonedToday } from '@peyvand/calendar';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { Connection, decodeCursor, encodeCursor, lazy } from '../../core/graphql/connection';
import { Clock } from '../../core/jobs/clock';
import { FamilyService } from '../contacts/family.service';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { dueTargets } from './important-dates.job';
import { UpcomingImportantDate } from './models/automation.model';

/**
 * Important dates whose greeting goes out in the next N days (the dashboard's "upcoming dates"), by send day then id,
 * a page at a time: each day is the job's own indexed lookup, read only as far as the page needs.
 */
@Injectable()
export class UpcomingDatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly family: FamilyService,
    private readonly workspaces: WorkspacesService,
    private readonly clock: Clock,
  ) {}

  async upcoming(days: number, first: number, after?: string): Promise<Connection<UpcomingImportantDate>> {
    const { timezone } = await this.workspaces.current();
    const today = zonedToday(this.clock.now(), timezone);
    const sendDays = Array.from({ length: days }, (_, i) => formatISODate(addDays(today, i)));
    let [fromDay, afterId]: [string, string | null] = [sendDays[0], null];
    if (after) {
      const [day, id] = decodeCursor(after, 2);
      if (typeof day !== 'string' || !parseISODate(day) || typeof id !== 'string') throw BadInputError.field('after', 'is not a cursor returned by this list');
      [fromDay, afterId] = [day, id];
    }
    return this.db.tx(async (em) => {
      const rows: UpcomingImportantDate[] = [];
      for (const sendDay of sendDays) {
        if (sendDay < fromDay || rows.length > first) continue;
        const due = await this.family.importantDatesDueIn(em, dueTargets(sendDay), sendDay === fromDay ? afterId : null, first + 1 - rows.length);
        if (!due.length) continue;
        const handled: Array<{ id: string }> = await em.query(
          `SELECT important_date_id AS id FROM important_date_sends WHERE important_date_id = ANY($1) AND occurrence = ANY($2::date[])`,
          [due.map((r) => r.id), [...new Set(due.map((r) => r.occurrence))]],
        );
        const done = new Set(handled.map((h) => h.id));
        for (const r of due) {
          rows.push({
            importantDateId: r.id, kind: r.kind, title: r.title, subjectName: r.subjectName, contactId: r.recipientIds[0] ?? null,
            occurrence: r.occurrence, sendDay, channel: r.channel, handled: done.has(r.id),
          });
        }
      }
      const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor([node.sendDay, node.importantDateId]), node }));
      // Counted only when asked for: one indexed count per day, in a transaction of its own.
      const totalCount = lazy(() => this.db.tx(async (countEm) => {
        let n = 0;
        for (const sendDay of sendDays) n += await this.family.countImportantDatesDueIn(countEm, dueTargets(sendDay));
        return n;
      }));
      return { edges, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  }
}
