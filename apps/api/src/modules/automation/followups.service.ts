import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { addDays, nextOpening, zonedDateTime, zonedDateTimeToInstant } from '@peyvand/calendar';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, DomainError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Clock } from '../../core/jobs/clock';
import { ContactEvents, ContactStageChangedEvent, LifecycleInputEvents, OrderCompletedEvent } from '../contacts/contacts.events';
import { ContactsService } from '../contacts/contacts.service';
import { LifecycleStage } from '../contacts/models/contact.enums';
import { StaffService } from '../identity/staff.service';
import { MessageChannel, MessagePurpose } from '../messaging/message.model';
import { MessageReceivedEvent, MessagingEvents } from '../messaging/messaging.events';
import { MessagingService } from '../messaging/messaging.service';
import { TEMPLATE_KEY_PATTERN } from '../messaging/templates/message-template.model';
import { SalesEvents, WarehouseIssueEvent } from '../sales/sales.events';
import { SalesService } from '../sales/sales.service';
import { TaskKind } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { BusinessCalendarService } from '../workspaces/business-calendar.service';
import { EnrolmentsArgs, FollowUpPlanInput, RecordCallOutcomeInput } from './dto/automation.inputs';
import {
  CallOutcome, CallScope, EnrolmentStatus, FollowUpCall, FollowUpEnrolment, FollowUpPlan, FollowUpStep, FollowUpStepKind, FollowUpStepRun, FollowUpTrigger, StepRunStatus,
} from './models/automation.model';

/** Steps with a delay are due at this local hour. */
const STEP_HOUR = '10:00';
const RETRY_OUTCOMES = new Set([CallOutcome.NO_ANSWER, CallOutcome.BUSY]);
const LIVE = `('ACTIVE', 'WAITING_CALL')`;

const OUTCOME_LABEL: Record<CallOutcome, string> = {
  ANSWERED: 'answered', NO_ANSWER: 'no answer', BUSY: 'busy', WRONG_NUMBER: 'wrong number', NOT_INTERESTED: 'not interested',
};

interface StepRow {
  id: string; plan_id: string; position: number; kind: FollowUpStepKind; delay_days: number; template_key: string | null; body: string | null;
  subject: string | null; call_script: string | null; max_attempts: number; skip_if_purchased: boolean; skip_if_replied: boolean;
}

interface EnrolmentRow {
  id: string; workspace_id: string; plan_id: string; contact_id: string; status: EnrolmentStatus; next_position: number; enrolled_at: Date;
  last_step_at: Date | null; last_purchase_at: Date | null; last_reply_at: Date | null;
}

const toStep = (r: StepRow): FollowUpStep => ({
  id: r.id, position: r.position, kind: r.kind, delayDays: r.delay_days, templateKey: r.template_key, subject: r.subject, body: r.body,
  callScript: r.call_script, maxAttempts: r.max_attempts, skipIfPurchased: r.skip_if_purchased, skipIfReplied: r.skip_if_replied,
});

/**
 * Follow-up plans: ordered steps (SMS, email, call task) with delays, attached to a contact by staff or by a rule
 * (first purchase on the ladder, a delivered order, becoming inactive or lost). A step is skipped when the contact
 * bought or replied since the previous step; a call goes to the contact's owner (else round-robin in the plan's
 * team) with its script, and "no answer" is retried on the next working day up to the step's attempts.
 */
@Injectable()
export class FollowUpsService implements OnModuleInit {
  private readonly logger = new Logger(FollowUpsService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly contacts: ContactsService,
    private readonly staff: StaffService,
    private readonly messaging: MessagingService,
    private readonly tasks: TasksService,
    private readonly calendar: BusinessCalendarService,
    private readonly sales: SalesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<ContactStageChangedEvent>(ContactEvents.StageChanged, async (e, em) => {
      const trigger = e.to === LifecycleStage.FIRST_TIME_CUSTOMER ? FollowUpTrigger.FIRST_TIME_CUSTOMER
        : e.to === LifecycleStage.INACTIVE ? FollowUpTrigger.BECAME_INACTIVE
        : e.to === LifecycleStage.LOST ? FollowUpTrigger.BECAME_LOST : null;
      if (!trigger) return;
      if (trigger === FollowUpTrigger.BECAME_LOST) {
        // Lost: the win-back of the inactive stage is over; the lost plan (if any) takes over.
        await this.cancelLive(em, e.contactId, FollowUpTrigger.BECAME_INACTIVE, 'lost');
      }
      await this.enrolByRule(em, e.workspaceId, trigger, e.contactId, trigger === FollowUpTrigger.FIRST_TIME_CUSTOMER ? `first:${e.contactId}` : null);
    });
    // The first order of a web or club customer: a FIRST_WEB_ORDER plan (if the workspace has an active one) makes the
    // verification call, with its script and retries, instead of the sales module's plain call task.
    this.sales.useVerificationCall(async (em, order) => {
      const plans: Array<{ id: string }> = await em.query(`SELECT id FROM followup_plans WHERE trigger = $1 AND active`, [FollowUpTrigger.FIRST_WEB_ORDER]);
      for (const plan of plans) await this.insertEnrolment(em, order.workspaceId, plan.id, order.contactId, FollowUpTrigger.FIRST_WEB_ORDER, `first-web-order:${order.contactId}`, null);
      return plans.length > 0;
    });
    this.events.subscribeInTransaction<WarehouseIssueEvent>(SalesEvents.OrderDelivered, (e, em) =>
      this.enrolByRule(em, e.workspaceId, FollowUpTrigger.ORDER_DELIVERED, e.contactId, `order:${e.invoiceId}`));
    this.events.subscribeInTransaction<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, async (e, em) => {
      // The order that enrolled a contact in its after-sales plan is not a purchase "meanwhile".
      await em.query(
        `UPDATE followup_enrolments SET last_purchase_at = $3 WHERE contact_id = $1 AND status IN ${LIVE} AND source_ref IS DISTINCT FROM $2`,
        [e.contactId, `order:${e.orderId}`, this.clock.now()],
      );
    });
    this.events.subscribeInTransaction<MessageReceivedEvent>(MessagingEvents.Received, async (e, em) => {
      if (!e.contactId) return;
      await em.query(`UPDATE followup_enrolments SET last_reply_at = $2 WHERE contact_id = $1 AND status IN ${LIVE}`, [e.contactId, this.clock.now()]);
    });
  }

  // ---- plans ----

  plans(): Promise<FollowUpPlan[]> {
    return this.db.tx(async (em) => this.loadPlans(em, null));
  }

  plan(id: string): Promise<FollowUpPlan> {
    return this.db.tx(async (em) => {
      const [plan] = await this.loadPlans(em, id);
      if (!plan) throw new NotFoundError('Follow-up plan', id);
      return plan;
    });
  }

  createPlan(input: FollowUpPlanInput): Promise<FollowUpPlan> {
    return this.db.tx(async (em) => {
      await this.validatePlan(input);
      const inserted: Array<{ id: string }> = await em.query(
        `INSERT INTO followup_plans (workspace_id, name, description, trigger, active, team_member_ids, created_by_member_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [this.workspaceId(), input.name.trim(), input.description ?? null, input.trigger, input.active, input.teamMemberIds, this.memberId()],
      );
      if (!inserted.length) throw BadInputError.field('input.name', 'a plan with this name exists');
      const { id } = inserted[0];
      await this.writeSteps(em, id, input);
      return (await this.loadPlans(em, id))[0];
    });
  }

  /** Replaces the plan's fields and steps; running enrolments continue at their next position with the new steps. */
  updatePlan(id: string, input: FollowUpPlanInput): Promise<FollowUpPlan> {
    return this.db.tx(async (em) => {
      await this.validatePlan(input);
      const [clash] = await em.query(`SELECT 1 FROM followup_plans WHERE lower(name) = lower($1) AND id <> $2`, [input.name.trim(), id]);
      if (clash) throw BadInputError.field('input.name', 'a plan with this name exists');
      // UPDATE … RETURNING comes back from TypeORM as [rows, count].
      const [updated] = await em.query(
        `UPDATE followup_plans SET name = $2, description = $3, trigger = $4, active = $5, team_member_ids = $6, updated_at = now() WHERE id = $1 RETURNING id`,
        [id, input.name.trim(), input.description ?? null, input.trigger, input.active, input.teamMemberIds],
      );
      if (!updated.length) throw new NotFoundError('Follow-up plan', id);
      await em.query(`DELETE FROM followup_steps WHERE plan_id = $1`, [id]);
      await this.writeSteps(em, id, input);
      return (await this.loadPlans(em, id))[0];
    });
  }

  private async validatePlan(input: FollowUpPlanInput): Promise<void> {
    if (!input.name.trim()) throw BadInputError.field('input.name', 'must not be empty');
    if (!input.steps.length) throw BadInputError.field('input.steps', 'a plan needs at least one step');
    input.steps.forEach((s, i) => {
      const path = `input.steps.${i}`;
      if (s.kind === FollowUpStepKind.CALL) {
        if (!s.callScript?.trim()) throw BadInputError.field(`${path}.callScript`, 'a call step needs a call script');
      } else {
        if (!!s.templateKey === !!s.body?.trim()) throw BadInputError.field(`${path}.templateKey`, 'give either a template key or a body');
        if (s.templateKey && !TEMPLATE_KEY_PATTERN.test(s.templateKey)) throw BadInputError.field(`${path}.templateKey`, 'is not a template key');
      }
    });
    for (const [i, memberId] of input.teamMemberIds.entries()) await this.staff.assertMember(memberId, `input.teamMemberIds.${i}`);
  }

  private async writeSteps(em: EntityManager, planId: string, input: FollowUpPlanInput): Promise<void> {
    for (const [position, s] of input.steps.entries()) {
      const call = s.kind === FollowUpStepKind.CALL;
      await em.query(
        `INSERT INTO followup_steps (workspace_id, plan_id, position, kind, delay_days, template_key, body, subject, call_script, max_attempts, skip_if_purchased, skip_if_replied)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [this.workspaceId(), planId, position, s.kind, s.delayDays, call ? null : s.templateKey ?? null, call ? null : s.body?.trim() || null,
          s.subject ?? null, call ? s.callScript!.trim() : null, s.maxAttempts, s.skipIfPurchased, s.skipIfReplied],
      );
    }
  }

  private async loadPlans(em: EntityManager, id: string | null): Promise<FollowUpPlan[]> {
    const plans = await em.query(
      `SELECT p.*, (SELECT count(*)::int FROM followup_enrolments e WHERE e.plan_id = p.id AND e.status IN ${LIVE}) AS live
       FROM followup_plans p WHERE ($1::uuid IS NULL OR p.id = $1) ORDER BY p.created_at, p.id`,
      [id],
    );
    if (!plans.length) return [];
    const steps: StepRow[] = await em.query(`SELECT * FROM followup_steps WHERE plan_id = ANY($1) ORDER BY plan_id, position`, [plans.map((p: { id: string }) => p.id)]);
    return plans.map((p: Record<string, any>) => ({
      id: p.id, name: p.name, description: p.description, trigger: p.trigger, active: p.active, teamMemberIds: p.team_member_ids,
      createdAt: p.created_at, activeEnrolments: p.live, steps: steps.filter((s) => s.plan_id === p.id).map(toStep),
    }));
  }

  // ---- enrolment ----

  enrol(planId: string, contactId: string): Promise<FollowUpEnrolment> {
    return this.db.tx(async (em) => {
      const [plan] = await em.query(`SELECT id, active FROM followup_plans WHERE id = $1`, [planId]);
      if (!plan) throw BadInputError.field('planId', 'no such follow-up plan');
      if (!plan.active) throw BadInputError.field('planId', 'the plan is paused');
      await this.contacts.loadForInput(em, contactId, 'contactId');
      const id = await this.insertEnrolment(em, this.workspaceId(), planId, contactId, FollowUpTrigger.MANUAL, null, this.memberId());
      if (!id) throw new ConflictError('The contact is already following this plan');
      return (await this.loadEnrolments(em, { id }))[0];
    });
  }

  cancelEnrolment(id: string, reason: string | null | undefined): Promise<FollowUpEnrolment> {
    return this.db.tx(async (em) => {
      const [rows] = await em.query(
        `UPDATE followup_enrolments SET status = 'CANCELLED', finished_at = $3, cancel_reason = $2, next_due_at = NULL WHERE id = $1 AND status IN ${LIVE} RETURNING id`,
        [id, reason?.trim() || 'cancelled by staff', this.clock.now()],
      );
      if (!rows.length) {
        const [exists] = await em.query(`SELECT status FROM followup_enrolments WHERE id = $1`, [id]);
        if (!exists) throw new NotFoundError('Enrolment', id);
        throw new ConflictError(`This enrolment is already ${String(exists.status).toLowerCase()}`);
      }
      await this.cancelOpenCalls(em, id);
      return (await this.loadEnrolments(em, { id }))[0];
    });
  }

  enrolments(args: EnrolmentsArgs): Promise<FollowUpEnrolment[]> {
    return this.db.tx((em) => this.loadEnrolments(em, args));
  }

  private async loadEnrolments(em: EntityManager, f: { id?: string; planId?: string; contactId?: string; status?: EnrolmentStatus; first?: number }): Promise<FollowUpEnrolment[]> {
    const rows = await em.query(
      `SELECT e.*, p.name AS plan_name, btrim(c.first_name || ' ' || c.last_name) AS contact_name
       FROM followup_enrolments e JOIN followup_plans p ON p.id = e.plan_id JOIN contacts c ON c.id = e.contact_id
       WHERE ($1::uuid IS NULL OR e.id = $1) AND ($2::uuid IS NULL OR e.plan_id = $2) AND ($3::uuid IS NULL OR e.contact_id = $3) AND ($4::text IS NULL OR e.status = $4)
       ORDER BY e.enrolled_at DESC, e.id DESC LIMIT $5`,
      [f.id ?? null, f.planId ?? null, f.contactId ?? null, f.status ?? null, f.first ?? 50],
    );
    if (!rows.length) return [];
    const runs = await em.query(`SELECT * FROM followup_step_runs WHERE enrolment_id = ANY($1) ORDER BY position`, [rows.map((r: { id: string }) => r.id)]);
    return rows.map((r: Record<string, any>) => ({
      id: r.id, planId: r.plan_id, planName: r.plan_name, contactId: r.contact_id, contactName: r.contact_name, status: r.status, source: r.source,
      nextPosition: r.next_position, nextDueAt: r.next_due_at, enrolledAt: r.enrolled_at, finishedAt: r.finished_at, cancelReason: r.cancel_reason,
      steps: runs.filter((s: { enrolment_id: string }) => s.enrolment_id === r.id).map((s: Record<string, any>): FollowUpStepRun => ({
        position: s.position, kind: s.kind, status: s.status, reason: s.reason, messageId: s.message_id, executedAt: s.executed_at,
      })),
    }));
  }

  /** A rule's enrolment, in the transaction of the event: once per plan and source (e.g. per delivered order). */
  private async enrolByRule(em: EntityManager, workspaceId: string, trigger: FollowUpTrigger, contactId: string, sourceRef: string | null): Promise<void> {
    const plans: Array<{ id: string }> = await em.query(`SELECT id FROM followup_plans WHERE trigger = $1 AND active`, [trigger]);
    for (const plan of plans) await this.insertEnrolment(em, workspaceId, plan.id, contactId, trigger, sourceRef, null);
  }

  private async insertEnrolment(em: EntityManager, workspaceId: string, planId: string, contactId: string, source: string, sourceRef: string | null, memberId: string | null): Promise<string | null> {
    const [first] = await em.query(`SELECT delay_days FROM followup_steps WHERE plan_id = $1 ORDER BY position LIMIT 1`, [planId]);
    if (!first) return null;
    const now = this.clock.now();
    const due = await this.dueAfter(em, workspaceId, now, first.delay_days);
    const rows = await em.query(
      `INSERT INTO followup_enrolments (workspace_id, plan_id, contact_id, status, source, source_ref, next_position, next_due_at, enrolled_at, enrolled_by_member_id)
       VALUES ($1, $2, $3, 'ACTIVE', $4, $5, 0, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
      [workspaceId, planId, contactId, source, sourceRef, due, now, memberId],
    );
    return rows[0]?.id ?? null;
  }

  private async cancelLive(em: EntityManager, contactId: string, trigger: FollowUpTrigger, reason: string): Promise<void> {
    const [rows]: [Array<{ id: string }>] = await em.query(
      `UPDATE followup_enrolments e SET status = 'CANCELLED', cancel_reason = $3, finished_at = $4, next_due_at = NULL
       FROM followup_plans p WHERE p.id = e.plan_id AND p.trigger = $2 AND e.contact_id = $1 AND e.status IN ${LIVE} RETURNING e.id`,
      [contactId, trigger, reason, this.clock.now()],
    );
    for (const r of rows) await this.cancelOpenCalls(em, r.id);
  }

  private async cancelOpenCalls(em: EntityManager, enrolmentId: string): Promise<void> {
    const open: Array<{ id: string; task_id: string }> = await em.query(`SELECT id, task_id FROM followup_calls WHERE enrolment_id = $1 AND outcome IS NULL`, [enrolmentId]);
    for (const call of open) {
      await this.tasks.cancel(call.task_id).catch((e) => {
        if (!(e instanceof DomainError)) throw e;
      });
    }
  }

  // ---- running the steps (the automation.followups job) ----

  /** Executes the due steps of one workspace's enrolments; returns how many steps ran. */
  async processDue(workspaceId: string, now = this.clock.now(), limit = 200): Promise<number> {
    return this.db.tx(async (em) => {
      const due: EnrolmentRow[] = await em.query(
        `SELECT * FROM followup_enrolments WHERE status = 'ACTIVE' AND next_due_at <= $1 ORDER BY next_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      for (const e of due) await this.executeStep(em, e, now);
      return due.length;
    }, workspaceId);
  }

  private async executeStep(em: EntityManager, e: EnrolmentRow, now: Date): Promise<void> {
    const [step]: StepRow[] = await em.query(`SELECT * FROM followup_steps WHERE plan_id = $1 AND position = $2`, [e.plan_id, e.next_position]);
    if (!step) return this.finish(em, e.id, now);
    const since = e.last_step_at ?? e.enrolled_at;
    const bought = !!e.last_purchase_at && e.last_purchase_at > since;
    const replied = !!e.last_reply_at && e.last_reply_at > since;
    if ((step.skip_if_purchased && bought) || (step.skip_if_replied && replied)) {
      await this.recordStep(em, e, step, StepRunStatus.SKIPPED, step.skip_if_purchased && bought ? 'purchased' : 'replied', null, now);
      return this.advance(em, e, step.position, now);
    }
    if (step.kind === FollowUpStepKind.CALL) {
      const runId = await this.recordStep(em, e, step, StepRunStatus.CALLING, null, null, now);
      await this.createCall(em, e, step, runId, 1, now);
      await em.query(`UPDATE followup_enrolments SET status = 'WAITING_CALL', next_due_at = NULL, last_step_at = $2 WHERE id = $1`, [e.id, now]);
      return;
    }
    await em.query(`SAVEPOINT followup_step`);
    try {
      const message = await this.messaging.enqueueIn(em, {
        contactId: e.contact_id,
        channel: step.kind === FollowUpStepKind.EMAIL ? MessageChannel.EMAIL : MessageChannel.SMS,
        purpose: MessagePurpose.MARKETING,
        templateKey: step.template_key,
        subject: step.subject,
        body: step.body,
        idempotencyKey: `followup:${e.id}:${step.position}`,
      });
      await em.query(`RELEASE SAVEPOINT followup_step`);
      await this.recordStep(em, e, step, StepRunStatus.SENT, null, message.id, now);
    } catch (err) {
      await em.query(`ROLLBACK TO SAVEPOINT followup_step`);
      if (!(err instanceof DomainError)) this.logger.error(err, `follow-up step of enrolment ${e.id} failed`);
      await this.recordStep(em, e, step, StepRunStatus.FAILED, (err as Error).message.slice(0, 500), null, now);
    }
    await this.advance(em, e, step.position, now);
  }

  private async recordStep(em: EntityManager, e: EnrolmentRow, step: StepRow, status: StepRunStatus, reason: string | null, messageId: string | null, now: Date): Promise<string> {
    const [row] = await em.query(
      `INSERT INTO followup_step_runs (workspace_id, enrolment_id, position, kind, status, reason, message_id, executed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (enrolment_id, position) DO UPDATE SET status = EXCLUDED.status, reason = EXCLUDED.reason RETURNING id`,
      [e.workspace_id, e.id, step.position, step.kind, status, reason, messageId, now],
    );
    return row.id;
  }

  private async advance(em: EntityManager, e: { id: string; workspace_id: string; plan_id: string }, position: number, now: Date): Promise<void> {
    const [next] = await em.query(`SELECT delay_days FROM followup_steps WHERE plan_id = $1 AND position > $2 ORDER BY position LIMIT 1`, [e.plan_id, position]);
    if (!next) return this.finish(em, e.id, now, position + 1);
    const due = await this.dueAfter(em, e.workspace_id, now, next.delay_days);
    await em.query(
      `UPDATE followup_enrolments SET status = 'ACTIVE', next_position = (SELECT min(position) FROM followup_steps WHERE plan_id = $2 AND position > $3),
         next_due_at = $4, last_step_at = $5 WHERE id = $1`,
      [e.id, e.plan_id, position, due, now],
    );
  }

  private async finish(em: EntityManager, enrolmentId: string, now: Date, nextPosition?: number): Promise<void> {
    await em.query(
      `UPDATE followup_enrolments SET status = 'COMPLETED', finished_at = $2, next_due_at = NULL, last_step_at = $2, next_position = COALESCE($3, next_position) WHERE id = $1`,
      [enrolmentId, now, nextPosition ?? null],
    );
  }

  /** `days` after `now`: at once for 0, else that local day at 10:00 in the workspace time zone. */
  private async dueAfter(em: EntityManager, workspaceId: string, now: Date, days: number): Promise<Date> {
    if (days === 0) return now;
    const tz = await this.timeZone(em, workspaceId);
    const local = zonedDateTime(now, tz);
    return zonedDateTimeToInstant(addDays({ year: local.year, month: local.month, day: local.day }, days), STEP_HOUR, tz);
  }

  private async timeZone(em: EntityManager, workspaceId: string): Promise<string> {
    return (await this.calendar.forWorkspace(em, workspaceId)).timeZone;
  }

  // ---- calls ----

  private async createCall(em: EntityManager, e: EnrolmentRow, step: StepRow, stepRunId: string, attempt: number, dueAt: Date): Promise<void> {
    const contact = await this.contacts.load(em, e.contact_id);
    const assignee = contact.ownerMemberId ?? (await this.roundRobin(em, e.plan_id));
    const [plan] = await em.query(`SELECT name FROM followup_plans WHERE id = $1`, [e.plan_id]);
    const name = `${contact.firstName} ${contact.lastName}`.trim();
    const task = await this.tasks.createIn(em, {
      kind: TaskKind.CALL,
      title: attempt > 1 ? `${plan.name}: ${name} (${attempt}/${step.max_attempts})` : `${plan.name}: ${name}`,
      notes: step.call_script ?? undefined,
      dueAt,
      assigneeId: assignee ?? undefined,
      contactId: e.contact_id,
    });
    await em.query(
      `INSERT INTO followup_calls (workspace_id, step_run_id, enrolment_id, contact_id, task_id, attempt, assignee_member_id, call_script, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [e.workspace_id, stepRunId, e.id, e.contact_id, task.id, attempt, task.assigneeMemberId, step.call_script, dueAt],
    );
  }

  private async roundRobin(em: EntityManager, planId: string): Promise<string | null> {
    const [[row]] = await em.query(
      `UPDATE followup_plans SET round_robin_cursor = round_robin_cursor + 1 WHERE id = $1 AND cardinality(team_member_ids) > 0
       RETURNING team_member_ids[1 + ((round_robin_cursor - 1) % cardinality(team_member_ids))] AS member, created_by_member_id`,
      [planId],
    );
    if (row) return row.member;
    const [plan] = await em.query(`SELECT created_by_member_id FROM followup_plans WHERE id = $1`, [planId]);
    return plan?.created_by_member_id ?? null;
  }

  /** "Calls to make": open follow-up calls due by the end of today (TODAY) or later (UPCOMING), mine or everyone's. */
  calls(scope: CallScope, mine: boolean): Promise<FollowUpCall[]> {
    const me = this.memberId();
    return this.db.tx(async (em) => {
      const tz = (await this.calendar.forWorkspace(em)).timeZone;
      const local = zonedDateTime(this.clock.now(), tz);
      const endOfToday = zonedDateTimeToInstant(addDays({ year: local.year, month: local.month, day: local.day }, 1), '00:00', tz);
      const rows = await em.query(
        `SELECT f.*, p.name AS plan_name, s.max_attempts, btrim(c.first_name || ' ' || c.last_name) AS contact_name, c.primary_phone
         FROM followup_calls f
         JOIN followup_enrolments e ON e.id = f.enrolment_id JOIN followup_plans p ON p.id = e.plan_id
         JOIN followup_step_runs r ON r.id = f.step_run_id
         LEFT JOIN followup_steps s ON s.plan_id = e.plan_id AND s.position = r.position
         JOIN contacts c ON c.id = f.contact_id
         WHERE f.outcome IS NULL AND e.status = 'WAITING_CALL' AND ($1::uuid IS NULL OR f.assignee_member_id = $1)
           AND (CASE WHEN $2 = 'TODAY' THEN f.due_at < $3 ELSE f.due_at >= $3 END)
         ORDER BY f.due_at, f.id LIMIT 200`,
        [mine ? me : null, scope, endOfToday],
      );
      return rows.map(toCall);
    });
  }

  /**
   * The rep's outcome of a call: completes its task; no answer or busy → the next attempt on the next working day
   * (the workspace's business calendar) until the step's attempts are used up; otherwise the plan moves on.
   */
  recordCallOutcome(input: RecordCallOutcomeInput): Promise<FollowUpCall> {
    return this.db.tx(async (em) => {
      const [call] = await em.query(`SELECT * FROM followup_calls WHERE id = $1 FOR UPDATE`, [input.callId]);
      if (!call) throw BadInputError.field('input.callId', 'no such follow-up call');
      if (call.outcome) throw new ConflictError('The outcome of this call is already recorded');
      const now = this.clock.now();
      await em.query(`UPDATE followup_calls SET outcome = $2, note = $3, recorded_by_member_id = $4, recorded_at = $5 WHERE id = $1`, [
        call.id, input.outcome, input.note?.trim() || null, this.memberId(), now,
      ]);
      await this.tasks.complete(call.task_id, [OUTCOME_LABEL[input.outcome], input.note?.trim()].filter(Boolean).join(': ')).catch((e) => {
        // The rep may have closed the task by hand already; the outcome is what counts.
        if (!(e instanceof ConflictError)) throw e;
      });
      const [e]: EnrolmentRow[] = await em.query(`SELECT * FROM followup_enrolments WHERE id = $1 FOR UPDATE`, [call.enrolment_id]);
      const [run] = await em.query(`SELECT * FROM followup_step_runs WHERE id = $1`, [call.step_run_id]);
      const [step]: StepRow[] = await em.query(`SELECT * FROM followup_steps WHERE plan_id = $1 AND position = $2`, [e.plan_id, run.position]);
      if (e.status === EnrolmentStatus.WAITING_CALL) {
        const maxAttempts = step?.max_attempts ?? call.attempt;
        if (RETRY_OUTCOMES.has(input.outcome) && call.attempt < maxAttempts && step) {
          await this.createCall(em, e, step, run.id, call.attempt + 1, await this.nextWorkingDay(em, e.workspace_id, now));
        } else {
          const gaveUp = RETRY_OUTCOMES.has(input.outcome);
          await em.query(`UPDATE followup_step_runs SET status = $2, reason = $3 WHERE id = $1`, [run.id, gaveUp ? StepRunStatus.GAVE_UP : StepRunStatus.DONE, input.outcome]);
          await this.advance(em, e, run.position, now);
        }
      }
      const [after] = await em.query(
        `SELECT f.*, p.name AS plan_name, s.max_attempts, btrim(c.first_name || ' ' || c.last_name) AS contact_name, c.primary_phone
         FROM followup_calls f JOIN followup_enrolments e ON e.id = f.enrolment_id JOIN followup_plans p ON p.id = e.plan_id
         LEFT JOIN followup_steps s ON s.plan_id = e.plan_id AND s.position = $2 JOIN contacts c ON c.id = f.contact_id WHERE f.id = $1`,
        [call.id, run.position],
      );
      return toCall(after);
    });
  }

  /** The first business opening from the start of the next local day (holidays and Fridays skipped). */
  private async nextWorkingDay(em: EntityManager, workspaceId: string, now: Date): Promise<Date> {
    const cal = await this.calendar.forWorkspace(em, workspaceId);
    const local = zonedDateTime(now, cal.timeZone);
    return nextOpening(zonedDateTimeToInstant(addDays({ year: local.year, month: local.month, day: local.day }, 1), '00:00', cal.timeZone), cal);
  }

  private workspaceId(): string {
    return this.context.workspaceId() ?? this.db.currentWorkspaceId()!;
  }

  private memberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }
}

function toCall(r: Record<string, any>): FollowUpCall {
  return {
    id: r.id, taskId: r.task_id, enrolmentId: r.enrolment_id, planName: r.plan_name, contactId: r.contact_id, contactName: r.contact_name,
    contactPhone: r.primary_phone, attempt: r.attempt, maxAttempts: r.max_attempts ?? r.attempt, assigneeMemberId: r.assignee_member_id,
    callScript: r.call_script, dueAt: r.due_at, outcome: r.outcome, note: r.note, recordedAt: r.recorded_at,
  };
}
