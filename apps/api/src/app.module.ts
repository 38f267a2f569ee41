import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { ClsMiddleware, ClsModule } from 'nestjs-cls';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { Authenticator } from './core/auth/authenticator.service';
import { RequestContext } from './core/context/request-context';
import { CoreModule } from './core/core.module';
import { CountingQueryLogger } from './core/database/query-counter';
import { TenantDb } from './core/database/tenant-db.service';
import { graphqlOptions } from './core/graphql/graphql.options';
import { AuthMiddleware } from './core/http/auth.middleware';
import { BodyParserMiddleware } from './core/http/body-parser.middleware';
import { RateLimitMiddleware } from './core/http/rate-limit.middleware';
import { RUNTIME, Runtime } from './core/runtime';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { AutomationModule } from './modules/automation/automation.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { ClubModule } from './modules/club/club.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { InventoryModule } from './modules/inventory/inventory.module';
import { PipelineModule } from './modules/pipeline/pipeline.module';
import { MessagingModule } from './modules/messaging/messaging.module';
import { SalesModule } from './modules/sales/sales.module';
import { TasksModule } from './modules/tasks/tasks.module';
import { TicketingModule } from './modules/ticketing/ticketing.module';
import { TelephonyModule } from './modules/telephony/telephony.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { IdentityModule } from './modules/identity/identity.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

export const QUERY_LOGGER = Symbol('QUERY_LOGGER');

@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig, runtime: Runtime): DynamicModule {
    const queryLogger = new CountingQueryLogger();
    const globals = [
      { provide: APP_CONFIG, useValue: config },
      { provide: RUNTIME, useValue: runtime },
      { provide: QUERY_LOGGER, useValue: queryLogger },
    ];
    return {
      module: AppModule,
      global: true,
      providers: globals,
      exports: globals,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req, res) => {
              const incoming = req.headers['x-request-id'];
              const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
            transport: config.LOG_PRETTY ? { target: 'pino-pretty' } : undefined,
          },
        }),
        ClsModule.forRoot({ global: true, middleware: { mount: false } }),
        EventEmitterModule.forRoot(),
        ScheduleModule.forRoot(),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: runtime.databaseUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          poolSize: config.DATABASE_POOL_SIZE,
          logger: queryLogger,
          maxQueryExecutionTime: 500,
          applicationName: `peyvand-${config.APP_ROLE}`,
        }),
        CoreModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, RequestContext, Authenticator, TenantDb],
          useFactory: graphqlOptions,
        }),
        WorkspacesModule,
        IdentityModule,
        ApiKeysModule,
        ContactsModule,
        TimelineModule,
        TasksModule,
        TelephonyModule,
        MessagingModule,
        CatalogModule,
        InventoryModule,
        SalesModule,
        PipelineModule,
        TicketingModule,
        ClubModule,
        AutomationModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ClsMiddleware, AuthMiddleware, RateLimitMiddleware, BodyParserMiddleware).forRoutes('graphql', 'webhooks/*path');
  }
}
