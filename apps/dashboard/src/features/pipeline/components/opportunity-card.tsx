import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { OpportunityFieldsFragment } from '@/gql/graphql';
import { formatNumber, formatPlainDate } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import type { KeyboardMove } from '../lib/board';
import { keyboardMoveOf } from '../lib/board';

/**
 * A deal on the board. Drag it with the pointer; with the keyboard, focus it and use Alt + arrows (up/down in the
 * column, left/right to the neighbouring column); Enter opens it.
 */
export function OpportunityCard({
  opportunity,
  draggable,
  onOpen,
  onKeyboardMove,
  overlay = false,
}: {
  opportunity: OpportunityFieldsFragment;
  draggable: boolean;
  onOpen: () => void;
  onKeyboardMove: (move: KeyboardMove) => void;
  overlay?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: opportunity.id, disabled: !draggable || overlay });
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <Card
      ref={overlay ? undefined : setNodeRef}
      withBorder
      radius="md"
      padding="sm"
      shadow={overlay ? 'md' : undefined}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging && !overlay ? 0.4 : 1,
        cursor: draggable ? 'grab' : 'pointer',
        touchAction: 'manipulation',
      }}
      {...(overlay ? {} : attributes)}
      {...(overlay ? {} : listeners)}
      role="button"
      tabIndex={0}
      aria-roledescription={t('pipeline.card.roleDescription')}
      aria-describedby="pipeline-keyboard-help"
      aria-label={`${opportunity.title} — ${opportunity.contact?.fullName ?? ''}`}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onOpen();
          return;
        }
        if (!e.altKey || !draggable) return;
        const move = keyboardMoveOf(e.key, dir);
        if (move) {
          e.preventDefault();
          onKeyboardMove(move);
        }
      }}
      data-testid={overlay ? 'opportunity-card-overlay' : 'opportunity-card'}
      data-id={opportunity.id}
      data-title={opportunity.title}
    >
      <Stack gap={4}>
        <Text size="sm" fw={600} lineClamp={2}>{opportunity.title}</Text>
        {opportunity.contact && (
          <Text size="xs" c="dimmed" component={Link} to={paths.contact(opportunity.contact.id)} onClick={(e) => e.stopPropagation()} style={{ textDecoration: 'none' }}>
            {opportunity.contact.fullName}
          </Text>
        )}
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={500}>{money.format(opportunity.amount)}</Text>
          <Badge size="xs" variant="light" color="gray">{formatNumber(opportunity.probability, i18n.language)}٪</Badge>
        </Group>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>{opportunity.owner?.fullName ?? t('pipeline.card.noOwner')}</Text>
          {opportunity.expectedCloseDate && (
            <Text size="xs" c="dimmed" data-testid="card-close-date">{formatPlainDate(opportunity.expectedCloseDate, i18n.language)}</Text>
          )}
        </Group>
        {opportunity.status === 'LOST' && opportunity.lostReason && <Text size="xs" c="red" lineClamp={2} dir="auto">{opportunity.lostReason}</Text>}
      </Stack>
    </Card>
  );
}
