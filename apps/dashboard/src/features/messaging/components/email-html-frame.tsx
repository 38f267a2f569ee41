import { useTranslation } from 'react-i18next';

/**
 * An email's HTML part as the recipient's client would show it, in a fully sandboxed frame: no scripts, no forms,
 * no same-origin access to the dashboard.
 */
export function EmailHtmlFrame({ html, height = 320, testId = 'email-html-frame' }: { html: string; height?: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <iframe
      title={t('messaging.htmlPreview')}
      sandbox=""
      srcDoc={html}
      data-testid={testId}
      style={{ width: '100%', height, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)', background: 'white' }}
    />
  );
}
