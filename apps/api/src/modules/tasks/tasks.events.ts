export const TaskEvents = {
  Completed: 'task.completed',
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
