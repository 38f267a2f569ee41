import { Injectable } from '@nestjs/common';
import { addDays, formatISODate, zonedToday } from '@peyvand/calendar';
import { TenantDb } from '../../core/database/tenant-db.service';
import { Clock } from '../../core/jobs/clock';
import { FamilyService } from '../contacts/family.service';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { dueTargets } from './important-dates.job';
import { UpcomingImportantDate } from './models/automation.model';

/** Important dates whose greeting goes out in the next N days (the dashboard's "upcoming dates"), soonest first. */
@Injectable()
export class UpcomingDatesService {
  constructor(
    private readonly db: TenantDb,
    private readonly family: FamilyService,
    private readonly workspaces: WorkspacesService,
    private readonly clock: Clock,
  ) {}

  async upcoming(days: number): Promise<UpcomingImportantDate[]> {
    const { timezone } = await this.workspaces.current();
    const today = zonedToday(this.clock.now(), timezone);
    return this.db.tx(async (em) => {
      const out: UpcomingImportantDate[] = [];
      for (let i = 0; i < days; i++) {
        const sendDay = formatISODate(addDays(today, i));
        const rows = await this.family.importantDatesDueIn(em, dueTargets(sendDay), null, 500);
        if (!rows.length) continue;
        const handled: Array<{ id: string }> = await em.query(
          `SELECT important_date_id AS id FROM important_date_sends WHERE important_date_id = ANY($1) AND occurrence = ANY($2::date[])`,
          [rows.map((r) => r.id), [...new Set(rows.map((r) => r.occurrence))]],
        );
        const done = new Set(handled.map((h) => h.id));
        for (const r of rows) {
          out.push({
            importantDateId: r.id, kind: r.kind, title: r.title, subjectName: r.subjectName, contactId: r.recipientIds[0] ?? null,
            occurrence: r.occurrence, sendDay, channel: r.channel, handled: done.has(r.id),
          });
        }
      }
      return out;
    });
  }
}
