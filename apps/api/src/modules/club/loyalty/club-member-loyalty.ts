import { Injectable } from '@nestjs/common';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders } from '../../../core/context/request-loaders';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { ClubMembersService } from '../members/club-members.service';
import { ClubMember } from '../members/models/club.models';
import { TierEntity } from './loyalty.entities';
import { Tier } from './models/loyalty.models';
import { toTier } from './tiers.service';

interface MemberLoyalty {
  balance: number;
  tier: Tier | null;
}

/** Balances and current tiers of the contacts of one request, in one query (a page of club members). */
@Injectable()
export class MemberLoyaltyLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly db: TenantDb,
    members: ClubMembersService,
  ) {
    members.useTierSource((tierId) => ({
      sql: 'SELECT lct.contact_id FROM loyalty_contact_tiers lct WHERE lct.tier_id = :loyaltyTierId',
      params: { loyaltyTierId: tierId },
    }));
  }

  load(contactId: string): Promise<MemberLoyalty> {
    return this.loaders
      .get<string, MemberLoyalty>('memberLoyaltyByContact', async (ids) => {
        const rows: Array<Record<string, never>> = await this.db.tx((em) =>
          em.query(
            `SELECT c.id AS contact_id, coalesce(b.balance, 0)::int AS balance, t.id, t.workspace_id, t.code, t.name, t.threshold,
                    t.multiplier_percent, t.price_list_id, t.free_shipping, t.benefits
               FROM unnest($1::uuid[]) AS c(id)
               LEFT JOIN loyalty_balances b ON b.contact_id = c.id
               LEFT JOIN loyalty_contact_tiers ct ON ct.contact_id = c.id
               LEFT JOIN loyalty_tiers t ON t.id = ct.tier_id`,
            [[...ids]],
          ),
        );
        const byId = new Map(
          rows.map((r) => [
            r.contact_id as string,
            {
              balance: r.balance as number,
              tier: r.id
                ? toTier({
                    id: r.id, workspaceId: r.workspace_id, code: r.code, name: r.name, threshold: r.threshold, multiplierPercent: r.multiplier_percent,
                    priceListId: r.price_list_id, freeShipping: r.free_shipping, benefits: r.benefits,
                  } as TierEntity)
                : null,
            },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? { balance: 0, tier: null });
      })
      .load(contactId);
  }
}

/** The loyalty side of a club member in the staff members list (loyalty depends on members, never the other way). */
@Resolver(() => ClubMember)
export class ClubMemberLoyaltyResolver {
  constructor(private readonly loyalty: MemberLoyaltyLoader) {}

  @ResolveField(() => Int, { description: 'Points balance' })
  async balance(@Parent() member: ClubMember): Promise<number> {
    return (await this.loyalty.load(member.contactId)).balance;
  }

  @ResolveField(() => Tier, { nullable: true, description: 'Current tier; null below the lowest threshold or without tiers' })
  async tier(@Parent() member: ClubMember): Promise<Tier | null> {
    return (await this.loyalty.load(member.contactId)).tier;
  }
}
