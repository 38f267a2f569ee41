import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { MessageChannel } from '../message.model';
import { SuppressionEntity } from './suppression.entity';
import { AddSuppressionInput, Suppression, SuppressionFilter, SuppressionReason } from './suppression.model';

type Channel = 'EMAIL' | 'SMS';

export interface NewSuppression {
  channel: Channel;
  address: string;
  reason: SuppressionReason | `${SuppressionReason}`;
  detail?: string | null;
  messageId?: string | null;
  createdByMemberId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The stored form of an address: emails lower-cased, phones E.164 (as messaging.service.ts stores recipients). */
export function normaliseAddress(channel: Channel, address: string): { ok: true; address: string } | { ok: false; message: string } {
  const trimmed = address.trim();
  if (channel === 'EMAIL') {
    const email = trimmed.toLowerCase();
    return EMAIL.test(email) ? { ok: true, address: email } : { ok: false, message: 'must be a valid email address' };
  }
  const phone = normalizePhone(trimmed, { defaultCountry: 'IR', allowForeign: true });
  return phone.ok ? { ok: true, address: phone.e164 } : { ok: false, message: phone.message };
}

/** For look-ups: the normalised address, or the trimmed text when it does not parse (it then matches nothing new). */
const lookupForm = (channel: Channel, address: string) => {
  const n = normaliseAddress(channel, address);
  return n.ok ? n.address : address.trim().toLowerCase();
};

const toSuppression = (e: SuppressionEntity): Suppression => ({
  id: e.id, channel: e.channel as MessageChannel, address: e.address, reason: e.reason as SuppressionReason, detail: e.detail,
  messageId: e.messageId, createdByMemberId: e.createdByMemberId, createdAt: e.createdAt,
});

/**
 * The suppression (do-not-contact) list: addresses marketing messages are never sent to — hard bounces, spam
 * complaints, unsubscribe links and staff entries. One row per workspace, channel and address; the first reason stays.
 */
@Injectable()
export class SuppressionsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
  ) {}

  /** Why marketing must not go to this address (e.g. 'on the suppression list: BOUNCED'), or null. `em`: a workspace transaction. */
  async reasonIn(em: EntityManager, channel: Channel, address: string): Promise<string | null> {
    return (await this.reasonsIn(em, channel, [address])).get(address) ?? null;
  }

  /** reasonIn for a batch: a map from each suppressed address (as given) to its reason; one query. */
  async reasonsIn(em: EntityManager, channel: Channel, addresses: readonly string[]): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    if (!addresses.length) return result;
    const forms = new Map(addresses.map((a) => [a, lookupForm(channel, a)]));
    const rows: Array<{ address: string; reason: string }> = await em.query(
      `SELECT address, reason FROM suppressions WHERE channel = $1 AND address = ANY($2::text[])`,
      [channel, [...new Set(forms.values())]],
    );
    const reasons = new Map(rows.map((r) => [r.address, r.reason]));
    for (const [given, form] of forms) {
      const reason = reasons.get(form);
      if (reason) result.set(given, `on the suppression list: ${reason}`);
    }
    return result;
  }

  /**
   * Puts an address on the list inside the caller's workspace transaction. Idempotent: an address already listed
   * keeps its first entry, which is returned.
   */
  async addIn(em: EntityManager, entry: NewSuppression): Promise<Suppression> {
    const normalised = normaliseAddress(entry.channel, entry.address);
    if (!normalised.ok) throw BadInputError.field('address', normalised.message);
    const [inserted] = await em.query(
      `INSERT INTO suppressions (workspace_id, channel, address, reason, detail, message_id, created_by_member_id)
       VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6)
       ON CONFLICT (workspace_id, channel, address) DO NOTHING RETURNING id`,
      [entry.channel, normalised.address, entry.reason, entry.detail ?? null, entry.messageId ?? null, entry.createdByMemberId ?? null],
    );
    const row = inserted
      ? await em.findOneByOrFail(SuppressionEntity, { id: inserted.id })
      : await em.findOneByOrFail(SuppressionEntity, { channel: entry.channel, address: normalised.address });
    return toSuppression(row);
  }

  list(args: PageArgs, filter: SuppressionFilter = {}): Promise<Connection<Suppression>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(SuppressionEntity, 's');
      if (filter.channel) qb.andWhere('s.channel = :channel', { channel: filter.channel });
      if (filter.reason) qb.andWhere('s.reason = :reason', { reason: filter.reason });
      const search = toLatinDigits(filter.search ?? '').trim().toLowerCase().replace(/[\s\-()]/g, '');
      if (search) {
        // 0912… (national) matches +98912…; LIKE wildcards in the search are taken literally.
        const term = /^0\d+$/.test(search) ? search.slice(1) : search;
        qb.andWhere(`s.address LIKE :search ESCAPE '\\'`, { search: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      }
      return paginate(qb, args, { orderBy: 'createdAt', map: toSuppression, count: this.db.count });
    });
  }

  /** Staff put an address on the do-not-contact list. */
  add(input: AddSuppressionInput): Promise<Suppression> {
    const principal = this.context.principal();
    return this.db.tx(async (em) => {
      const normalised = normaliseAddress(input.channel, input.address);
      if (!normalised.ok) throw BadInputError.field('input.address', normalised.message);
      return this.addIn(em, {
        channel: input.channel, address: normalised.address, reason: SuppressionReason.DO_NOT_CONTACT, detail: input.detail?.trim() || null,
        createdByMemberId: principal?.kind === 'staff' ? principal.memberId : null,
      });
    });
  }

  /** Takes an address off the list (marketing may reach it again if its consent allows). */
  remove(id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const result = await em.delete(SuppressionEntity, { id });
      if (!result.affected) throw new NotFoundError('Suppression', id);
      return true;
    });
  }
}
