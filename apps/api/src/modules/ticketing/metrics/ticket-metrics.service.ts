import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError } from '../../../core/errors/domain-errors';
import { TicketType } from '../models/ticket.enums';
import { TicketDurationStats, TicketMetrics } from '../models/ticket.model';

const MAX_SPAN_DAYS = 400;

/**
 * Missed targets, judged from the stored timestamps: a first response after its due time (or none before the ticket was
 * resolved/closed past it, or none yet past it); a resolution after its due time (a clock paused while waiting on the
 * customer is not late meanwhile: its due time moves when it resumes).
 */
const FIRST_RESPONSE_MISSED = `(first_response_due_at IS NOT NULL AND coalesce(first_response_at, resolved_at, closed_at, CASE WHEN status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER') THEN $3::timestamptz END) > first_response_due_at)`;
const RESOLUTION_MISSED = `(resolution_due_at IS NOT NULL AND coalesce(resolved_at, CASE WHEN status IN ('NEW', 'OPEN') THEN $3::timestamptz END) > resolution_due_at)`;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 10_000) / 10_000 : null);

/**
 * The help desk's figures for the tickets created in [from, to), computed from the facts tickets store (created,
 * first response, resolution and due times, SLA breach, CSAT): complaint rate, volume by category and type,
 * first-response and resolution times (wall-clock minutes: mean, median, 90th percentile), SLA compliance and CSAT.
 */
@Injectable()
export class TicketMetricsService {
  constructor(private readonly db: TenantDb) {}

  metrics(from: Date, to: Date, now = new Date()): Promise<TicketMetrics> {
    if (!(from < to)) throw BadInputError.field('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_SPAN_DAYS * 86_400_000) throw BadInputError.field('to', `must be within ${MAX_SPAN_DAYS} days of from`);
    return this.db.tx(async (em) => {
      const params = [from, to, now];
      const period = `FROM tickets WHERE created_at >= $1 AND created_at < $2`;
      const minutes = (end: string) => `extract(epoch FROM ${end} - created_at) / 60`;
      const duration = (end: string, alias: string) => `
        count(${end})::int AS ${alias}_count, avg(${minutes(end)}) AS ${alias}_avg,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(end)}) AS ${alias}_median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${minutes(end)}) AS ${alias}_p90`;
      const [row] = await em.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE type = 'COMPLAINT')::int AS complaints,
           count(*) FILTER (WHERE status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER'))::int AS open,
           ${duration('first_response_at', 'fr')}, ${duration('resolved_at', 'res')},
           count(*) FILTER (WHERE resolved_at IS NOT NULL OR ${FIRST_RESPONSE_MISSED} OR ${RESOLUTION_MISSED})::int AS measured,
           count(*) FILTER (WHERE ${FIRST_RESPONSE_MISSED})::int AS fr_missed,
           count(*) FILTER (WHERE ${RESOLUTION_MISSED})::int AS res_missed,
           count(*) FILTER (WHERE resolved_at IS NOT NULL AND NOT ${FIRST_RESPONSE_MISSED} AND NOT ${RESOLUTION_MISSED})::int AS met,
           count(csat_requested_at)::int AS surveys, count(csat_score)::int AS responses, avg(csat_score) AS csat_avg,
           count(*) FILTER (WHERE csat_score >= 4)::int AS satisfied,
           ${[1, 2, 3, 4, 5].map((n) => `count(*) FILTER (WHERE csat_score = ${n})::int AS csat_${n}`).join(', ')}
         ${period}`,
        params,
      );
      const categories: Array<{ category_id: string | null; name_fa: string | null; name_en: string | null; count: number; complaints: number }> = await em.query(
        `SELECT t.category_id, c.name_fa, c.name_en, count(*)::int AS count, count(*) FILTER (WHERE t.type = 'COMPLAINT')::int AS complaints
         FROM tickets t LEFT JOIN ticket_categories c ON c.id = t.category_id
         WHERE t.created_at >= $1 AND t.created_at < $2 GROUP BY t.category_id, c.name_fa, c.name_en ORDER BY count DESC, c.name_fa`,
        [from, to],
      );
      const types: Array<{ type: TicketType; count: number }> = await em.query(`SELECT type, count(*)::int AS count ${period} GROUP BY type ORDER BY count DESC, type`, [from, to]);
      const stats = (alias: string): TicketDurationStats => ({
        count: row[`${alias}_count`], averageMinutes: num(row[`${alias}_avg`]), medianMinutes: num(row[`${alias}_median`]), p90Minutes: num(row[`${alias}_p90`]),
      });
      return {
        from, to, total: row.total, complaints: row.complaints, complaintRate: ratio(row.complaints, row.total), open: row.open,
        byCategory: categories.map((c) => ({ categoryId: c.category_id, nameFa: c.name_fa, nameEn: c.name_en, count: c.count, complaints: c.complaints })),
        byType: types,
        firstResponse: stats('fr'),
        resolution: stats('res'),
        sla: { measured: row.measured, met: row.met, firstResponseMissed: row.fr_missed, resolutionMissed: row.res_missed, complianceRate: ratio(row.met, row.measured) },
        csat: {
          surveysSent: row.surveys, responses: row.responses, averageScore: num(row.csat_avg), satisfiedRate: ratio(row.satisfied, row.responses),
          distribution: [1, 2, 3, 4, 5].map((n) => row[`csat_${n}`]),
        },
      };
    });
  }
}
