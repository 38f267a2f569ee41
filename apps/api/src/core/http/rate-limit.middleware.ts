import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../context/request-context';
import { ErrorCode } from '../errors/domain-errors';

/**
 * Request budgets per API key, per workspace (staff), per club member (the anonymous budget, so a busy club never
 * spends its staff's) and per anonymous IP. Over budget → HTTP 429 with
 * Retry-After, before any GraphQL work is done. Counters are per process: with N replicas behind a balancer
 * the effective budget is up to N times larger (documented in docs/API.md).
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly perApiKey: RateLimiterMemory;
  private readonly perWorkspace: RateLimiterMemory;
  private readonly perAnonymousIp: RateLimiterMemory;
  private readonly perMember: RateLimiterMemory;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly context: RequestContext,
  ) {
    this.perApiKey = new RateLimiterMemory({ points: config.RATE_LIMIT_API_KEY_PER_MINUTE, duration: 60, keyPrefix: 'key' });
    this.perWorkspace = new RateLimiterMemory({ points: config.RATE_LIMIT_WORKSPACE_PER_MINUTE, duration: 60, keyPrefix: 'ws' });
    this.perAnonymousIp = new RateLimiterMemory({ points: config.RATE_LIMIT_ANONYMOUS_PER_IP_PER_MINUTE, duration: 60, keyPrefix: 'ip' });
    this.perMember = new RateLimiterMemory({ points: config.RATE_LIMIT_ANONYMOUS_PER_IP_PER_MINUTE, duration: 60, keyPrefix: 'member' });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const principal = this.context.principal();
    try {
      if (!principal) await this.perAnonymousIp.consume(req.ip ?? 'unknown');
      else if (principal.kind === 'member') await this.perMember.consume(principal.clubMemberId);
      else if (principal.kind === 'apiKey') {
        await this.perApiKey.consume(principal.apiKeyId);
        await this.perWorkspace.consume(principal.workspaceId);
      } else await this.perWorkspace.consume(principal.workspaceId);
      next();
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        next(e);
        return;
      }
      const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .type('application/json')
        .send({
          errors: [
            {
              message: `Rate limit exceeded; retry after ${retryAfter} seconds`,
              extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfter },
            },
          ],
        });
    }
  }
}
