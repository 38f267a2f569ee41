export const TaskEvents = {
  Completed: 'task.completed',
  Assigned: 'task.assigned',
} as const;

export interface TaskCompletedEvent {
  workspaceId: string;
  taskId: string;
  contactId: string;
  kind: string;
  title: string;
  outcome: string | null;
  actorMemberId: string | null;
}

/** A task was given to a staff member by someone else (or by the system): they get an alert. */
export interface TaskAssignedEvent {
  workspaceId: string;
  taskId: string;
  assigneeMemberId: string;
  title: string;
  kind: string;
  dueAt: string | null;
  contactId: string | null;
  actorMemberId: string | null;
}
