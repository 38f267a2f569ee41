import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { availabilityState } from '@/features/inventory/lib/movements';

const COLORS = { available: 'teal', low: 'orange', unavailable: 'red' } as const;

/** Available / low / unavailable, from the product's stock over all warehouses. */
export function AvailabilityBadge({ availability }: { availability: { status: string; lowStock: boolean } | null | undefined }) {
  const { t } = useTranslation();
  const state = availabilityState(availability);
  return (
    <Badge variant="light" color={COLORS[state]} miw="max-content" data-testid="availability-badge" data-status={state}>
      {t(`catalog.availability.${state}`)}
    </Badge>
  );
}
