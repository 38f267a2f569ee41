import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/config/constants';
import { setLocale } from '@/lib/i18n';

export function LanguageSwitch({ color }: { color?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      color={color}
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'fa'}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'fa', label: 'فارسی' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
