import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../context/request-context';

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * JSON bodies are parsed after authentication so the size limit can depend on the caller: BODY_LIMIT for
 * everyone, IMPORT_BODY_LIMIT for signed-in callers allowed to import contacts (a spreadsheet travels as base64).
 */
@Injectable()
export class BodyParserMiddleware implements NestMiddleware {
  private readonly small: express.RequestHandler;
  private readonly large: express.RequestHandler;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly context: RequestContext,
  ) {
    this.small = express.json({ limit: config.BODY_LIMIT, type: JSON_TYPES });
    this.large = express.json({ limit: config.IMPORT_BODY_LIMIT, type: JSON_TYPES });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const principal = this.context.principal();
    const parser = principal?.permissions.has('contacts:write') ? this.large : this.small;
    parser(req, res, next);
  }
}
