import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/config/constants';
import { currentLocale, setLocale } from '@/lib/i18n';

/** fa ⇄ en; the choice is persisted in localStorage and flips the document direction. */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size={size}
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : currentLocale()}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'fa', label: 'فارسی' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
