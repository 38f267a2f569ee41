import { LifecycleSettingsForm } from '@/features/contacts/components/lifecycle-settings-form';

export function LifecycleRoute() {
  return <LifecycleSettingsForm />;
}
