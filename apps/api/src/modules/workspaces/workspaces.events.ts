export const WorkspaceEvents = {
  Created: 'workspace.created',
} as const;

export interface WorkspaceCreatedEvent {
  workspaceId: string;
}
