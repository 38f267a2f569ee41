import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

/** Jalali + Persian digits in fa, Gregorian in en. */
export function DateText({ value, withTime, fallback = '—' }: { value?: string | null; withTime?: boolean; fallback?: string }) {
  const { i18n } = useTranslation();
  if (!value) return <>{fallback}</>;
  return (
    <time dateTime={value} title={formatDate(value, i18n.language, true)}>
      {formatDate(value, i18n.language, withTime)}
    </time>
  );
}
