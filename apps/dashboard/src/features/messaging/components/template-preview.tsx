import { Alert, Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { isApiError } from '@peyvand/web';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IconAlert } from '@/components/icons';
import type { MessagingChannel, PreviewMessageTemplateInput } from '@/gql/graphql';
import { usePreviewMessageTemplate } from '../api/preview-message-template';
import { fieldMessageText, isolate } from '../lib/server-text';
import { EmailHtmlFrame } from './email-html-frame';
import { SmsPartCounter } from './sms-part-counter';

export interface TemplateDraft {
  channel: MessagingChannel;
  language: string;
  subject: string;
  body: string;
}

/**
 * The draft rendered for a real contact, as it would be sent (debounced while typing): subject and text, the
 * rendered SMS's parts, the email's HTML part in a sandboxed frame.
 */
export function TemplatePreview({ draft, contactId }: { draft: TemplateDraft; contactId: string | null }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(draft, 400);
  const input = useMemo<PreviewMessageTemplateInput | null>(() => {
    if (!contactId || !debounced.body.trim()) return null;
    return {
      contactId,
      draft: {
        channel: debounced.channel,
        language: debounced.language,
        subject: debounced.channel === 'EMAIL' ? debounced.subject.trim() || null : null,
        body: debounced.body,
      },
    };
  }, [contactId, debounced]);
  const preview = usePreviewMessageTemplate(input);
  const dir = debounced.language === 'fa' ? 'rtl' : 'ltr';

  if (!contactId) return <Text size="sm" c="dimmed">{t('messaging.preview.pickContact')}</Text>;
  if (!input) return <Text size="sm" c="dimmed">{t('messaging.preview.typeSomething')}</Text>;
  if (preview.isError) {
    const error = preview.error;
    if (isApiError(error) && error.fields.length) {
      return (
        <Alert color="red" variant="light" icon={<IconAlert />} title={t('messaging.preview.cannotRender')} data-testid="preview-error">
          <Stack gap={4}>
            {error.fields.map((f, i) => (
              <Text key={i} size="sm">{fieldMessageText(f.message, t)}</Text>
            ))}
          </Stack>
        </Alert>
      );
    }
    return <ErrorAlert error={error} />;
  }
  if (!preview.data) {
    return (
      <Group justify="center" py="lg">
        <Loader size="sm" />
      </Group>
    );
  }
  const p = preview.data;
  return (
    <Stack gap="sm" data-testid="template-preview" style={{ opacity: preview.isFetching ? 0.6 : 1 }}>
      {p.subject && (
        <Text fw={600} dir={dir} data-testid="preview-subject">{p.subject}</Text>
      )}
      <Paper withBorder radius="md" p="sm" bg={draft.channel === 'SMS' ? 'cyan.0' : 'gray.0'}>
        <Text size="sm" dir={dir} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="preview-text">
          {p.bodyText}
        </Text>
      </Paper>
      {p.smsParts && <SmsPartCounter parts={p.smsParts} label={t('messaging.preview.renderedParts')} testId="preview-sms-parts" />}
      {p.bodyHtml && <EmailHtmlFrame html={p.bodyHtml} height={280} testId="preview-html" />}
      {p.sampleParams.length > 0 && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">{t('messaging.preview.sampleParams')}</Text>
          {p.sampleParams.map((name) => (
            <Badge key={name} size="xs" variant="default" tt="none" dir="ltr">{name}</Badge>
          ))}
        </Group>
      )}
      {p.language !== debounced.language && (
        <Text size="xs" c="dimmed">{t('messaging.preview.otherLanguage', { language: isolate(t(`messaging.languages.${p.language}`)) })}</Text>
      )}
    </Stack>
  );
}
