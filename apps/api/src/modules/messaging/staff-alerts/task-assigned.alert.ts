import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { formatJalali, toJalali, zonedDateTime } from '@peyvand/calendar';
import { toPersianDigits } from '@peyvand/text';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { DomainEvents } from '../../../core/events/domain-events';
import { TaskAssignedEvent, TaskEvents } from '../../tasks/tasks.events';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { TASK_ASSIGNED_ALERT } from './staff-alert-events';
import { StaffAlertsService } from './staff-alerts.service';

const pad = (n: number) => String(n).padStart(2, '0');

/** "A task for you": queued in the transaction that assigned it, so it exists if and only if the assignment does. */
@Injectable()
export class TaskAssignedAlert implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly alerts: StaffAlertsService,
    private readonly workspaces: WorkspacesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<TaskAssignedEvent>(TaskEvents.Assigned, async (e, em) => {
      const workspace = await this.workspaces.current();
      const link = new URL('/tasks', this.config.PUBLIC_URL).toString();
      let dueFa = '';
      let dueEn = '';
      if (e.dueAt) {
        const z = zonedDateTime(new Date(e.dueAt), workspace.timezone);
        const time = `${pad(z.hour)}:${pad(z.minute)}`;
        dueFa = `\nمهلت: ${formatJalali(toJalali({ year: z.year, month: z.month, day: z.day }), { style: 'long' })} ساعت ${toPersianDigits(time)}`;
        dueEn = `\nDue: ${z.year}-${pad(z.month)}-${pad(z.day)} ${time}`;
      }
      await this.alerts.notifyIn(em, {
        memberId: e.assigneeMemberId,
        event: TASK_ASSIGNED_ALERT.event,
        idempotencyKey: `alert:task.assigned:${e.taskId}:${e.assigneeMemberId}`,
        content: {
          fa: { subject: `کار جدید: ${e.title}`, body: `کار «${e.title}» به شما سپرده شد.${dueFa}\n${link}` },
          en: { subject: `New task: ${e.title}`, body: `The task "${e.title}" was assigned to you.${dueEn}\n${link}` },
        },
      });
    });
  }
}
