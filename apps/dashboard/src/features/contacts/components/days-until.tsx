import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';

/** "today", "tomorrow", "in N days" (translated, localized digits). */
export function DaysUntil({ days }: { days: number | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (days === null || days === undefined) return null;
  if (days === 0) return <>{t('contacts.dates.today')}</>;
  if (days === 1) return <>{t('contacts.dates.tomorrow')}</>;
  return <>{t('contacts.dates.inDays', { count: days, formatted: formatNumber(days, i18n.language) })}</>;
}
