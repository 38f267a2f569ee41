import { SuppressionsList } from '@/features/messaging/components/suppressions-list';

export function SuppressionsRoute() {
  return <SuppressionsList />;
}
