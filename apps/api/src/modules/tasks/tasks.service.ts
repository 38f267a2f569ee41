import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { zonedDateTimeToInstant, zonedToday, addDays } from '@peyvand/calendar';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { ContactEvents, ContactMergedEvent } from '../contacts/contacts.events';
import { ContactsService } from '../contacts/contacts.service';
import { StaffService } from '../identity/staff.service';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { TaskEntity } from './task.entity';
import { CreateTaskInput, Task, TaskKind, TaskScope, TaskStatus, UpdateTaskInput } from './task.model';
import { TaskAssignedEvent, TaskCompletedEvent, TaskEvents } from './tasks.events';

const toTask = (e: TaskEntity): Task => ({
  id: e.id, kind: e.kind as TaskKind, title: e.title, notes: e.notes, dueAt: e.dueAt, status: e.status as TaskStatus, outcome: e.outcome,
  completedAt: e.completedAt, createdAt: e.createdAt, assigneeMemberId: e.assigneeMemberId, contactId: e.contactId,
});

/** Follow-up tasks (call, meeting, email, to-do). Later modules and scheduled jobs create tasks through `createIn`. */
@Injectable()
export class TasksService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly staff: StaffService,
    private readonly workspaces: WorkspacesService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      await em.update(TaskEntity, { contactId: e.mergedId }, { contactId: e.survivorId });
    });
  }

  create(input: CreateTaskInput): Promise<Task> {
    return this.db.tx((em) => this.createIn(em, input));
  }

  async createIn(em: EntityManager, input: CreateTaskInput): Promise<Task> {
    const principal = this.context.principal();
    const me = principal?.kind === 'staff' ? principal.memberId : null;
    const assignee = input.assigneeId ?? me;
    if (input.assigneeId) {
      const [member] = await this.staff.findByIds([input.assigneeId]);
      if (!member) throw BadInputError.field('input.assigneeId', 'is not a staff member of this workspace');
    }
    if (input.contactId) await this.contacts.load(em, input.contactId);
    const saved = await em.save(
      em.create(TaskEntity, {
        // A scheduled job has no signed-in principal: the workspace is its transaction's.
        workspaceId: this.context.workspaceId() ?? this.db.currentWorkspaceId()!,
        kind: input.kind,
        title: input.title.trim(),
        notes: input.notes ?? null,
        dueAt: input.dueAt ?? null,
        assigneeMemberId: assignee,
        contactId: input.contactId ?? null,
        status: 'OPEN',
        createdByMemberId: me,
      }),
    );
    if (assignee && assignee !== me) await this.publishAssigned(saved, me);
    return toTask(saved);
  }

  /**
   * Many tasks in one statement, for scheduled jobs (a day's reminders). No `task.assigned` alert per task: the
   * caller tells each assignee once (a digest). Assignees and contacts are checked first; nothing is written if
   * one is not of this workspace. Returns the new ids in input order.
   */
  async createManyIn(em: EntityManager, inputs: readonly CreateTaskInput[]): Promise<string[]> {
    if (!inputs.length) return [];
    const assignees = [...new Set(inputs.map((i) => i.assigneeId).filter((a): a is string => !!a))];
    if (assignees.length) {
      const found = new Set((await this.staff.findByIds(assignees)).map((m) => m.id));
      const missing = assignees.find((a) => !found.has(a));
      if (missing) throw BadInputError.field('inputs.assigneeId', `${missing} is not a staff member of this workspace`);
    }
    const contactIds = [...new Set(inputs.map((i) => i.contactId).filter((c): c is string => !!c))];
    if (contactIds.length) {
      const found = await this.contacts.loadManyIn(em, contactIds);
      const missing = contactIds.find((c) => !found.has(c));
      if (missing) throw BadInputError.field('inputs.contactId', `${missing} is not a contact of this workspace`);
    }
    const principal = this.context.principal();
    const me = principal?.kind === 'staff' ? principal.memberId : null;
    const ids = inputs.map(() => randomUUID());
    await em.query(
      `INSERT INTO tasks (id, workspace_id, kind, title, notes, due_at, assignee_member_id, contact_id, status, created_by_member_id)
       SELECT u.id, $1, u.kind, u.title, u.notes, u.due_at, u.assignee, u.contact, 'OPEN', $2
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::uuid[], $9::uuid[]) AS u(id, kind, title, notes, due_at, assignee, contact)`,
      [this.context.workspaceId() ?? this.db.currentWorkspaceId()!, me, ids, inputs.map((i) => i.kind), inputs.map((i) => i.title.trim()),
        inputs.map((i) => i.notes ?? null), inputs.map((i) => i.dueAt ?? null), inputs.map((i) => i.assigneeId ?? me), inputs.map((i) => i.contactId ?? null)],
    );
    return ids;
  }

  private publishAssigned(task: TaskEntity, actorMemberId: string | null): Promise<void> {
    return this.events.publish<TaskAssignedEvent>(TaskEvents.Assigned, {
      workspaceId: task.workspaceId, taskId: task.id, assigneeMemberId: task.assigneeMemberId!, title: task.title, kind: task.kind,
      dueAt: task.dueAt ? task.dueAt.toISOString() : null, contactId: task.contactId, actorMemberId,
    });
  }

  update(id: string, input: UpdateTaskInput): Promise<Task> {
    return this.db.tx(async (em) => {
      const task = await this.load(em, id);
      if (task.status !== 'OPEN') throw new ConflictError('Only open tasks can be changed');
      const reassigned = !!input.assigneeId && input.assigneeId !== task.assigneeMemberId;
      if (input.assigneeId) {
        const [member] = await this.staff.findByIds([input.assigneeId]);
        if (!member) throw BadInputError.field('input.assigneeId', 'is not a staff member of this workspace');
        task.assigneeMemberId = input.assigneeId;
      }
      if (input.title !== undefined) task.title = input.title.trim();
      if (input.notes !== undefined) task.notes = input.notes;
      if (input.dueAt !== undefined) task.dueAt = input.dueAt;
      const saved = await em.save(task);
      const principal = this.context.principal();
      const me = principal?.kind === 'staff' ? principal.memberId : null;
      if (reassigned && saved.assigneeMemberId !== me) await this.publishAssigned(saved, me);
      return toTask(saved);
    });
  }

  complete(id: string, outcome?: string | null): Promise<Task> {
    return this.db.tx(async (em) => {
      const task = await this.load(em, id, true);
      if (task.status !== 'OPEN') throw new ConflictError(`This task is already ${task.status.toLowerCase()}`);
      task.status = 'DONE';
      task.outcome = outcome?.trim() || null;
      task.completedAt = new Date();
      await em.save(task);
      const principal = this.context.principal();
      if (task.contactId) {
        await this.events.publish<TaskCompletedEvent>(TaskEvents.Completed, {
          workspaceId: task.workspaceId,
          taskId: task.id,
          contactId: task.contactId,
          kind: task.kind,
          title: task.title,
          outcome: task.outcome,
          actorMemberId: principal?.kind === 'staff' ? principal.memberId : null,
        });
      }
      return toTask(task);
    });
  }

  cancel(id: string): Promise<Task> {
    return this.db.tx(async (em) => {
      const task = await this.load(em, id, true);
      if (task.status !== 'OPEN') throw new ConflictError(`This task is already ${task.status.toLowerCase()}`);
      task.status = 'CANCELLED';
      return toTask(await em.save(task));
    });
  }

  /** "My tasks": open tasks of the caller; today and overdue are days in the workspace time zone. */
  async mine(scope: TaskScope, now = new Date()): Promise<Task[]> {
    const principal = this.context.principal();
    if (principal?.kind !== 'staff') throw new ForbiddenError('My tasks are for staff members');
    const { timezone } = await this.workspaces.current();
    const today = zonedToday(now, timezone);
    const startOfToday = zonedDateTimeToInstant(today, '00:00', timezone);
    const startOfTomorrow = zonedDateTimeToInstant(addDays(today, 1), '00:00', timezone);
    return this.db.tx(async (em) => {
      const qb = em
        .createQueryBuilder(TaskEntity, 't')
        .where(`t.assignee_member_id = :me AND t.status = 'OPEN'`, { me: principal.memberId })
        .orderBy('t.due_at', 'ASC', 'NULLS LAST')
        .addOrderBy('t.created_at', 'ASC')
        .take(500);
      if (scope === TaskScope.TODAY) qb.andWhere('t.due_at >= :start AND t.due_at < :end', { start: startOfToday, end: startOfTomorrow });
      if (scope === TaskScope.OVERDUE) qb.andWhere('t.due_at < :start', { start: startOfToday });
      if (scope === TaskScope.UPCOMING) qb.andWhere('t.due_at >= :end', { end: startOfTomorrow });
      return (await qb.getMany()).map(toTask);
    });
  }

  ofContacts(contactIds: readonly string[], status?: TaskStatus): Promise<Map<string, Task[]>> {
    return this.db.tx(async (em) => {
      const rows = await em.find(TaskEntity, {
        where: { contactId: In([...contactIds]), ...(status ? { status } : {}) },
        order: { dueAt: 'ASC', createdAt: 'DESC' },
      });
      const map = new Map<string, Task[]>();
      for (const r of rows) map.set(r.contactId!, [...(map.get(r.contactId!) ?? []), toTask(r)]);
      return map;
    });
  }

  private async load(em: EntityManager, id: string, lock = false): Promise<TaskEntity> {
    const task = await em.findOne(TaskEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!task) throw new NotFoundError('Task', id);
    return task;
  }
}
