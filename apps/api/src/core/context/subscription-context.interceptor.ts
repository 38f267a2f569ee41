import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { Observable } from 'rxjs';
import { Principal } from '../auth/principal';

/**
 * Subscription events are resolved outside any HTTP request, so no request context exists. This interceptor
 * (also applied to field resolvers) opens one holding the subscriber's principal, so nested fields of a pushed
 * payload (the screen pop's contact, its phones…) load through the same RLS-scoped services as queries do.
 */
@Injectable()
export class SubscriptionContextInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType<string>() !== 'graphql' || this.cls.isActive()) return next.handle();
    const principal = GqlExecutionContext.create(ctx).getContext<{ principal?: Principal }>().principal;
    if (!principal) return next.handle();
    return new Observable((subscriber) => {
      this.cls.run(() => {
        this.cls.set('principal', principal);
        next.handle().subscribe(subscriber);
      });
    });
  }
}
