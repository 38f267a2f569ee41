import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { movementKindColor } from '../lib/movements';

export function MovementKindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={movementKindColor(kind)} miw="max-content" data-testid="movement-kind" data-kind={kind}>
      {t(`enums.StockMovementKind.${kind}`)}
    </Badge>
  );
}
