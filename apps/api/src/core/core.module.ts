import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { SubscriptionContextInterceptor } from './context/subscription-context.interceptor';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogEntity } from './audit/audit-log.entity';
import { AuditResolver } from './audit/audit.resolver';
import { Authenticator } from './auth/authenticator.service';
import { PermissionGuard } from './auth/permission.guard';
import { AccessTokens } from './auth/token.service';
import { RequestContext } from './context/request-context';
import { RequestLoaders } from './context/request-loaders';
import { SecretBox } from './crypto/secret-box';
import { SignedIds } from './crypto/signed-ids';
import { TenantDb } from './database/tenant-db.service';
import { DomainEvents } from './events/domain-events';
import { WorkspaceEventsResolver } from './events/workspace-events.resolver';
import { HealthController } from './health/health.controller';
import { Idempotency } from './idempotency/idempotency.service';
import { Clock } from './jobs/clock';
import { JobQueue } from './jobs/job-queue.service';
import { JobRunsStore } from './jobs/job-runs.store';
import { Scheduler } from './jobs/scheduler.service';
import { MailJobs } from './mail/mail.jobs';
import { Mailer } from './mail/mailer.service';

const shared = [RequestContext, RequestLoaders, TenantDb, DomainEvents, JobQueue, Scheduler, Clock, JobRunsStore, Mailer, AccessTokens, Authenticator, Idempotency, SecretBox, SignedIds];

/** Cross-cutting services every module may inject. */
@Global()
@Module({
  imports: [TerminusModule, TypeOrmModule.forFeature([AuditLogEntity])],
  controllers: [HealthController],
  providers: [...shared, MailJobs, AuditResolver, WorkspaceEventsResolver, { provide: APP_GUARD, useClass: PermissionGuard }, { provide: APP_FILTER, useClass: DomainErrorFilter }, { provide: APP_INTERCEPTOR, useClass: SubscriptionContextInterceptor }],
  exports: shared,
})
export class CoreModule {}
