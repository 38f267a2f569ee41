import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { RequirePermission } from '../auth/auth.decorators';
import { TenantDb } from '../database/tenant-db.service';
import { ConnectionType, PageArgs, paginate } from '../graphql/connection';
import { AuditLogEntity } from './audit-log.entity';

@ObjectType()
export class AuditLogEntry {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field({ description: '"user", "api_key" or "system"' }) actorType: string;
  @Field(() => String, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorLabel: string | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field({ description: 'INSERT, UPDATE or DELETE' }) action: string;
  @Field({ description: 'The table changed' }) entity: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => GraphQLJSON, { description: 'Changed fields: { field: { before, after } }' }) changes: unknown;
}

const AuditLogEntryConnection = ConnectionType(AuditLogEntry);

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(63) entity?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityId?: string;
}

/**
 * Inserts are stored compactly as `{ __after: row }`, bulk imports as `{ __summary: { rows, ids } }`; every entry
 * reads as `{ field: { before?, after? } }` (a bulk entry as `{ rows: { after: n }, ids: { after: [...] } }`).
 */
function expandChanges(entry: AuditLogEntity): AuditLogEntity {
  const { __after: after, __summary: summary } = entry.changes as { __after?: Record<string, unknown>; __summary?: { rows: number; ids: string[] } };
  if (summary) return { ...entry, changes: { rows: { after: summary.rows }, ids: { after: summary.ids } } };
  if (!after) return entry;
  return { ...entry, changes: Object.fromEntries(Object.entries(after).map(([field, value]) => [field, { after: value }])) };
}

@Resolver()
export class AuditResolver {
  constructor(private readonly db: TenantDb) {}

  @RequirePermission('audit:read')
  @Query(() => AuditLogEntryConnection, { description: 'Every change made in the workspace, newest first' })
  auditLog(@Args() args: AuditLogArgs) {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(AuditLogEntity, 'a');
      if (args.entity) qb.andWhere('a.entity = :entity', { entity: args.entity });
      if (args.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: args.entityId });
      return paginate(qb, args, { orderBy: 'id', map: expandChanges });
    });
  }
}
