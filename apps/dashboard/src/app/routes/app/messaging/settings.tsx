import { MessagingSettingsPage } from '@/features/messaging/components/messaging-settings-form';

export function MessagingSettingsRoute() {
  return <MessagingSettingsPage />;
}
