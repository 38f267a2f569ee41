import { WorkspaceSettingsForm } from '@/features/workspace/components/workspace-settings-form';

export function WorkspaceRoute() {
  return <WorkspaceSettingsForm />;
}
