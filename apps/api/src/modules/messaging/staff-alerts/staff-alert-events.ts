/** Something staff can be alerted about; modules add theirs with StaffAlertsService.register. */
export interface StaffAlertDefinition {
  event: string;
  description: { fa: string; en: string };
  /** The channels used until the member chooses. */
  defaultChannels: Array<'EMAIL' | 'SMS'>;
}

export const TASK_ASSIGNED_ALERT: StaffAlertDefinition = {
  event: 'task.assigned',
  description: { fa: 'کاری به من سپرده شد', en: 'A task was assigned to me' },
  defaultChannels: ['EMAIL'],
};
