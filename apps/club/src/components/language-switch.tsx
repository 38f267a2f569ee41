import { Button, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/config/constants';
import { setLocale } from '@/lib/i18n';

/** فارسی | English; `compact` (phone headers) is one button naming the other language. */
export function LanguageSwitch({ color, compact = false }: { color?: string; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const current = i18n.language === 'en' ? 'en' : 'fa';
  if (compact) {
    const other: Locale = current === 'fa' ? 'en' : 'fa';
    return (
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => setLocale(other)}
        aria-label={t('language.label')}
        lang={other}
        data-testid="language-toggle"
        style={{ flexShrink: 0 }}
      >
        {other === 'en' ? 'EN' : 'فا'}
      </Button>
    );
  }
  return (
    <SegmentedControl
      size="xs"
      color={color}
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={current}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'fa', label: 'فارسی' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
