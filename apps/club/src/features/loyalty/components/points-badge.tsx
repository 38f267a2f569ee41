import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconStar } from '@/components/icons';
import { paths } from '@/config/paths';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useMyPoints } from '../api/get-my-points';

/** The signed-in member's balance in the header; a link to their points. */
export function PointsBadge() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const points = useMyPoints(club.slug);
  if (!points.data) return null;
  return (
    <Badge
      component={Link}
      to={paths.panelSection(club.slug, 'points')}
      size="lg"
      variant="light"
      color={club.color}
      leftSection={<IconStar size={14} />}
      style={{ cursor: 'pointer', flexShrink: 0, overflow: 'visible' }}
      data-testid="points-badge"
      aria-label={t('points.badgeLabel', { count: points.data.balance })}
    >
      {formatNumber(points.data.balance, i18n.language)}
    </Badge>
  );
}
