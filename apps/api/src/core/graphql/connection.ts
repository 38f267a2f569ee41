import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors/domain-errors';

/** The hard cap on `first`; also enforced by validation so abusive pages fail fast with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  /** A number, or a lazy thenable that GraphQL awaits only when the client asks for totalCount. */
  totalCount: number | PromiseLike<number>;
}

/** A thenable that starts its work when first awaited (graphql-js awaits field values that are thenables). */
export function lazy<T>(start: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    then(onFulfilled, onRejected) {
      started ??= start();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/** Runs a count statement later, in a transaction of its own (the page's transaction is over by then). */
export type CountRunner = (sql: string, parameters: unknown[]) => Promise<number>;

/** Declares `XConnection` and `XEdge` object types for a node type (Relay cursor connections). */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  class ConnectionClass {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  ObjectType(`${name}Connection`)(ConnectionClass);
  return ConnectionClass as Type<Connection<T>>;
}

export type CursorValue = string | number;

export const encodeCursor = (values: CursorValue[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, size: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === size) return values;
  } catch {
    /* fall through */
  }
  throw BadInputError.field('after', 'is not a cursor returned by this list');
}

/**
 * Keyset pagination over a query builder, ordered by `orderBy` (a timestamp or sortable column) DESC then
 * the primary key DESC. Cursors encode those two values, so pages stay stable while rows are added.
 */
export async function paginate<E extends ObjectLiteral, T = E>(
  qb: SelectQueryBuilder<E>,
  args: PageArgs,
  options: {
    orderBy: string;
    idColumn?: string;
    map?: (row: E) => T;
    /** Count only if asked for, with this runner (big lists: counting can cost more than the page). */
    count?: CountRunner;
    /** Count at most this many (then totalCount = cap means "cap or more"). */
    countCap?: number;
  },
): Promise<Connection<T>> {
  const alias = qb.alias;
  const id = options.idColumn ?? 'id';
  const orderExpr = `${alias}.${options.orderBy}`;
  const idExpr = `${alias}.${id}`;
  let totalCount: Connection<T>['totalCount'];
  if (options.count) {
    const [inner, parameters] = qb.clone().select(idExpr).orderBy().getQueryAndParameters();
    const limit = options.countCap ? ` LIMIT ${options.countCap}` : '';
    const sql = `SELECT count(*)::int AS n FROM (${inner}${limit}) counted`;
    const run = options.count;
    totalCount = lazy(() => run(sql, parameters));
  } else {
    totalCount = await qb.clone().getCount();
  }
  const page = qb.clone();
  if (args.after) {
    const [at, lastId] = decodeCursor(args.after, 2);
    page.andWhere(`(${orderExpr}, ${idExpr}) < (:cursorAt, :cursorId)`, { cursorAt: at, cursorId: lastId });
  }
  const rows = await page
    .orderBy(orderExpr, 'DESC')
    .addOrderBy(idExpr, 'DESC')
    .take(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((row) => {
    const at = row[options.orderBy as keyof E] as unknown;
    const key = at instanceof Date ? at.toISOString() : (at as CursorValue);
    return { cursor: encodeCursor([key, row[id as keyof E] as CursorValue]), node: (options.map ? options.map(row) : row) as T };
  });
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
