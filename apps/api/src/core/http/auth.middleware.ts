import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Authenticator } from '../auth/authenticator.service';
import { RequestContext } from '../context/request-context';

/** Reads `Authorization: Bearer …` (an access token or an API key) into the request context. */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly context: RequestContext,
  ) {}

  async use(req: Request, _res: Response, next: NextFunction): Promise<void> {
    this.context.set('requestId', String((req as Request & { id?: unknown }).id ?? ''));
    this.context.set('ip', req.ip);
    this.context.set('userAgent', req.headers['user-agent']);
    const header = req.headers.authorization;
    if (header) {
      const [scheme, credential] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !credential) {
        this.context.set('authError', 'Authorization header must be "Bearer <token>"');
      } else {
        try {
          const result = await this.authenticator.authenticate(credential.trim());
          if ('error' in result) this.context.set('authError', result.error);
          else this.context.set('principal', result);
        } catch (e) {
          next(e);
          return;
        }
      }
    }
    next();
  }
}
