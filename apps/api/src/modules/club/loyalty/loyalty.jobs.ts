import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { Scheduler } from '../../../core/jobs/scheduler.service';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltySms } from './loyalty-sms';
import { PointsLedger } from './points-ledger.service';
import { TiersService } from './tiers.service';

export const EXPIRE_POINTS_JOB = 'loyalty.expire-points';
export const EXPIRY_WARNINGS_JOB = 'loyalty.expiry-warnings';
export const RECALCULATE_TIERS_JOB = 'loyalty.recalculate-tiers';
const DAY_MS = 86_400_000;
const TIER_BATCH = 500;

/**
 * Daily at 03:30 Tehran points past their expiry date expire, oldest lots first (PointsLedger.expireIn); at 10:00 members
 * with points expiring within the warning period get one SMS per batch (per contact and expiry day, idempotency key).
 * Nightly (04:00): every tier is recalculated, since the rolling window moves on without events. `now` is injectable.
 */
@Injectable()
export class LoyaltyJobs implements OnModuleInit {
  private readonly logger = new Logger(LoyaltyJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly db: TenantDb,
    private readonly ledger: PointsLedger,
    private readonly tiers: TiersService,
    private readonly settings: LoyaltySettingsService,
    private readonly workspaces: WorkspacesService,
    private readonly sms: LoyaltySms,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ slot: string }>({ name: EXPIRE_POINTS_JOB, retryLimit: 3, handler: async () => void (await this.expirePoints(new Date())) });
    this.jobs.define<{ slot: string }>({ name: EXPIRY_WARNINGS_JOB, retryLimit: 3, handler: async () => void (await this.warnExpiring(new Date())) });
    this.jobs.define<{ slot: string }>({ name: RECALCULATE_TIERS_JOB, retryLimit: 3, handler: async () => void (await this.recalculateTiers(new Date())) });
    this.scheduler.define({ job: EXPIRE_POINTS_JOB, cron: '30 3 * * *', slotSeconds: 86_400 });
    // Warnings go out in the morning, not with the night's expiry run.
    this.scheduler.define({ job: EXPIRY_WARNINGS_JOB, cron: '0 10 * * *', slotSeconds: 86_400 });
    this.scheduler.define({ job: RECALCULATE_TIERS_JOB, cron: '0 4 * * *', slotSeconds: 86_400 });
  }

  /** Answers the points expired across workspaces. */
  async expirePoints(now = new Date()): Promise<number> {
    const rows: Array<{ workspace_id: string; contacts: string[] }> = await this.db.system((em) =>
      em.query(
        `SELECT workspace_id, array_agg(DISTINCT contact_id) AS contacts FROM loyalty_entries WHERE remaining > 0 AND expires_at <= $1 GROUP BY workspace_id`,
        [now],
      ),
    );
    let expired = 0;
    for (const { workspace_id, contacts } of rows) {
      try {
        expired += await this.db.tx(async (em) => {
          let n = 0;
          for (const contactId of contacts) n += await this.ledger.expireIn(em, contactId, now);
          return n;
        }, workspace_id);
      } catch (e) {
        this.logger.error(e, `expiring points of workspace ${workspace_id} failed`);
      }
    }
    return expired;
  }

  /** Answers the warnings queued (a batch already warned is not warned again). */
  async warnExpiring(now = new Date()): Promise<number> {
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(
        `SELECT DISTINCT e.workspace_id FROM loyalty_entries e JOIN loyalty_settings s ON s.workspace_id = e.workspace_id
          WHERE e.remaining > 0 AND s.enabled AND s.expiry_warning_days > 0 AND e.expires_at > $1 AND e.expires_at <= $1 + s.expiry_warning_days * interval '1 day'`,
        [now],
      ),
    );
    let warned = 0;
    for (const { workspace_id } of rows) {
      try {
        warned += await this.db.tx((em) => this.warnIn(em, now), workspace_id);
      } catch (e) {
        this.logger.error(e, `expiry warnings of workspace ${workspace_id} failed`);
      }
    }
    return warned;
  }

  private async warnIn(em: EntityManager, now: Date): Promise<number> {
    const { expiryWarningDays } = await this.settings.getIn(em);
    const { timezone } = await this.workspaces.current();
    const lots: Array<{ contact_id: string; remaining: number; expires_at: Date }> = await em.query(
      `SELECT contact_id, remaining, expires_at FROM loyalty_entries WHERE remaining > 0 AND expires_at > $1 AND expires_at <= $2 ORDER BY expires_at`,
      [now, new Date(now.getTime() + expiryWarningDays * DAY_MS)],
    );
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const batches = new Map<string, { contactId: string; day: string; points: number; at: Date }>();
    for (const lot of lots) {
      const key = `${lot.contact_id}:${day.format(lot.expires_at)}`;
      const batch = batches.get(key) ?? { contactId: lot.contact_id, day: day.format(lot.expires_at), points: 0, at: lot.expires_at };
      batch.points += lot.remaining;
      batches.set(key, batch);
    }
    const fa = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { timeZone: timezone, year: 'numeric', month: 'long', day: 'numeric' });
    const en = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: 'long', day: 'numeric' });
    let sent = 0;
    for (const b of batches.values()) {
      const ok = await this.sms.sendIn(em, b.contactId, 'club.points_expiring', { loyalty: { points: b.points } }, {
        fa: (n) => `${n(b.points)} امتیاز شما در ${fa.format(b.at)} منقضی می‌شود. پیش از آن از جوایز باشگاه استفاده کنید.`,
        en: (n) => `${n(b.points)} of your points expire on ${en.format(b.at)}. Use them for a club reward before then.`,
      }, `loyalty:expiry-warning:${b.contactId}:${b.day}`);
      if (ok) sent++;
    }
    return sent;
  }

  /** Answers the contacts recalculated. */
  async recalculateTiers(now = new Date()): Promise<number> {
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(`SELECT DISTINCT workspace_id FROM loyalty_tiers UNION SELECT DISTINCT workspace_id FROM loyalty_contact_tiers WHERE tier_id IS NOT NULL`),
    );
    let count = 0;
    for (const { workspace_id } of rows) {
      try {
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const done = await this.db.tx(async (em) => {
            const contacts: Array<{ contact_id: string }> = await em.query(
              `SELECT contact_id FROM (SELECT contact_id FROM loyalty_balances UNION SELECT contact_id FROM loyalty_contact_tiers) c
                WHERE contact_id > $1 ORDER BY contact_id LIMIT ${TIER_BATCH}`,
              [after],
            );
            const loaded = { settings: await this.settings.getIn(em), tiers: await this.tiers.tiersIn(em) };
            for (const { contact_id } of contacts) await this.tiers.recalculateIn(em, contact_id, 'nightly recalculation', now, loaded);
            if (contacts.length) after = contacts[contacts.length - 1].contact_id;
            return contacts.length;
          }, workspace_id);
          count += done;
          if (done < TIER_BATCH) break;
        }
      } catch (e) {
        this.logger.error(e, `recalculating tiers of workspace ${workspace_id} failed`);
      }
    }
    return count;
  }
}
