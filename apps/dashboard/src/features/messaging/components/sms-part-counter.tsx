import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { countSmsParts } from '@peyvand/text';

interface PartsLike {
  encoding: string;
  units: number;
  parts: number;
  remaining: number;
}

/**
 * How the network counts an SMS (encoding, parts, characters left in the last part), computed as the user types.
 * Pass `parts` to show a count the server computed (the rendered preview) instead of counting `text`.
 */
export function SmsPartCounter({ text, parts, label, testId = 'sms-counter' }: { text?: string; parts?: PartsLike | null; label?: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const counted = parts ?? countSmsParts(text ?? '');
  const n = (value: number) => formatNumber(value, i18n.language);
  const many = counted.parts > 1;
  return (
    <Group
      gap={6}
      wrap="wrap"
      data-testid={testId}
      data-parts={counted.parts}
      data-encoding={counted.encoding}
      data-units={counted.units}
      aria-live="polite"
    >
      {label && <Text size="xs" c="dimmed">{label}</Text>}
      <Text size="xs" c={many ? 'orange.8' : 'dimmed'} fw={many ? 600 : undefined} data-testid={`${testId}-parts`}>
        {t('messaging.sms.parts', { count: counted.parts, formatted: n(counted.parts) })}
      </Text>
      <Text size="xs" c="dimmed">·</Text>
      <Text size="xs" c="dimmed">{t('messaging.sms.characters', { count: counted.units, formatted: n(counted.units) })}</Text>
      <Text size="xs" c="dimmed">·</Text>
      <Text size="xs" c="dimmed">{t('messaging.sms.remaining', { count: counted.remaining, formatted: n(counted.remaining) })}</Text>
      <Text size="xs" c="dimmed">·</Text>
      <Text size="xs" c="dimmed" title={t(`messaging.sms.encodingHint.${counted.encoding}`)}>
        {t(`messaging.sms.encoding.${counted.encoding}`)}
      </Text>
    </Group>
  );
}
