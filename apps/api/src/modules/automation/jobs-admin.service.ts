import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { UnauthenticatedError } from '../../core/errors/domain-errors';
import { JobRunRecord, JobRunsStore } from '../../core/jobs/job-runs.store';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { JobRunsArgs } from './dto/automation.inputs';
import { JobRun, ScheduledJob } from './models/automation.model';

const toRun = (r: JobRunRecord): JobRun => ({ ...r, workspaceOnly: r.workspaceId !== null }) as JobRun;

/** The job history page: every scheduled job with its last run, the runs, and an admin's "run now". */
@Injectable()
export class JobsAdminService {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly runs: JobRunsStore,
    private readonly context: RequestContext,
  ) {}

  async scheduledJobs(): Promise<ScheduledJob[]> {
    const ws = this.workspaceId();
    const jobs = await this.scheduler.listWithState();
    const latest = await this.runs.latest(ws, jobs.map((j) => j.job));
    return jobs.map((j) => ({ ...j, kind: j.kind, lastRun: latest.has(j.job) ? toRun(latest.get(j.job)!) : null }) as ScheduledJob);
  }

  async jobRuns(args: JobRunsArgs): Promise<JobRun[]> {
    return (await this.runs.list(this.workspaceId(), { job: args.job, status: args.status }, args.first)).map(toRun);
  }

  async runNow(job: string, day: string | undefined): Promise<JobRun> {
    const p = this.context.principal();
    return toRun(await this.scheduler.runNow(job, day, this.workspaceId(), p?.kind === 'staff' ? p.memberId : null));
  }

  private workspaceId(): string {
    const ws = this.context.workspaceId();
    if (!ws) throw new UnauthenticatedError('Sign in to use this operation');
    return ws;
  }
}
