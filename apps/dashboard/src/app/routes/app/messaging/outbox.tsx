import { Outbox } from '@/features/messaging/components/outbox';

export function OutboxRoute() {
  return <Outbox />;
}
