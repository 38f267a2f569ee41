import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { Authenticator } from '../auth/authenticator.service';
import { Principal } from '../auth/principal';
import { RequestContext } from '../context/request-context';
import { formatGraphQLError } from './format-error';
import { introspectionGate } from './introspection-gate.plugin';
import { sharedReadPlugin } from './shared-read.plugin';
import { TenantDb } from '../database/tenant-db.service';

export interface GraphQLContext {
  req?: Request;
  res?: Response;
  principal?: Principal;
}

/** Apollo settings: limits that reject abusive documents before execution, errors, subscriptions. */
export function graphqlOptions(config: AppConfig, context: RequestContext, authenticator: Authenticator, db: TenantDb): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
    // Token counting is done by graphql-js's own parser (parseOptions) so syntax errors keep their 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.GRAPHIQL ?? config.NODE_ENV !== 'production',
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    csrfPrevention: true,
    plugins: [...armor.plugins, introspectionGate(context), sharedReadPlugin(db)],
    validationRules: armor.validationRules,
    formatError: formatGraphQLError,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    fieldResolverEnhancers: ['interceptors'],
    context: ({ req, res, extra }: { req?: Request; res?: Response; extra?: { principal?: Principal } }): GraphQLContext => ({
      req,
      res,
      principal: extra?.principal,
    }),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx) => {
          const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
          const raw = String(params.authorization ?? params.Authorization ?? '');
          const token = raw.replace(/^Bearer\s+/i, '');
          if (!token) return false;
          const result = await authenticator.authenticate(token);
          if ('error' in result) return false;
          (ctx.extra as { principal?: Principal }).principal = result;
          return true;
        },
      },
    },
  };
}
