import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Principal } from './principal';
import { RequestContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { ACCESS_KEY, AccessRule } from './auth.decorators';

/**
 * Enforces the permission matrix on every resolver and route. An operation that declares no access rule is
 * refused (deny by default), so a new resolver cannot be exposed by forgetting a decorator.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) throw new ForbiddenError(`${ctx.getClass().name}.${ctx.getHandler().name} declares no access rule`);
    if (rule.kind === 'public') return true;
    const principal = this.context.principal() ?? this.subscriptionPrincipal(ctx);
    if (!principal) throw new UnauthenticatedError(this.context.authError() ?? 'Authentication required');
    if (rule.kind === 'member') {
      if (principal.kind !== 'member') throw new ForbiddenError('This operation is for club members signed in to the club');
      return true;
    }
    if (principal.kind === 'member') throw new ForbiddenError('Club members cannot use staff operations');
    if (rule.kind === 'authenticated') return true;
    if (!principal.permissions.has(rule.permission)) {
      throw new ForbiddenError(
        principal.kind === 'apiKey'
          ? `This API key lacks the scope ${rule.permission}`
          : `Your role (${principal.role}) lacks the permission ${rule.permission}`,
      );
    }
    return true;
  }

  /** graphql-ws connections authenticate once in onConnect; the principal travels in the GraphQL context. */
  private subscriptionPrincipal(ctx: ExecutionContext): Principal | undefined {
    if (ctx.getType<string>() !== 'graphql') return undefined;
    return GqlExecutionContext.create(ctx).getContext<{ principal?: Principal }>().principal;
  }
}
