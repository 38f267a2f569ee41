import { Badge, createTheme } from '@mantine/core';

// Vazirmatn covers both Persian and Latin glyphs, so mixed content (Persian names in the
// English UI, Latin emails in the Persian UI) renders in one consistent typeface.
const persianStack = 'Vazirmatn, Tahoma, "Segoe UI", sans-serif';
const latinStack = 'Vazirmatn, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function createAppTheme(locale: string) {
  const fontFamily = locale === 'fa' ? persianStack : latinStack;
  return createTheme({
    primaryColor: 'cyan',
    fontFamily,
    headings: { fontFamily },
    defaultRadius: 'md',
    components: {
      // Upper-casing would turn translated labels into shouting (and does nothing for Persian).
      Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
    },
  });
}
