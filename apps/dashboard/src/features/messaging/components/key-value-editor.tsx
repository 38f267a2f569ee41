import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pair } from '../lib/settings-form';

/** Name → template rows (gateway headers or body fields); both columns left to right. */
export function KeyValueEditor({
  label,
  description,
  value,
  onChange,
  error,
  namePlaceholder,
  valuePlaceholder,
  testId,
}: {
  label: string;
  description?: ReactNode;
  value: Pair[];
  onChange: (value: Pair[]) => void;
  error?: ReactNode;
  namePlaceholder: string;
  valuePlaceholder: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Pair>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Input.Wrapper label={label} description={description} error={error} data-testid={testId}>
      <Stack gap={6} mt={6}>
        {value.length === 0 && <Text size="xs" c="dimmed">{t('messaging.settings.noRows')}</Text>}
        {value.map((pair, i) => (
          <Group key={i} gap="xs" wrap="nowrap">
            <TextInput
              dir="ltr"
              style={{ flex: 2 }}
              placeholder={namePlaceholder}
              aria-label={namePlaceholder}
              value={pair.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              data-testid={`${testId}-name-${i}`}
            />
            <TextInput
              dir="ltr"
              style={{ flex: 3 }}
              placeholder={valuePlaceholder}
              aria-label={valuePlaceholder}
              value={pair.value}
              onChange={(e) => set(i, { value: e.currentTarget.value })}
              data-testid={`${testId}-value-${i}`}
            />
            <ActionIcon variant="subtle" color="red" aria-label={t('common.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button size="compact-xs" variant="subtle" w="fit-content" onClick={() => onChange([...value, { name: '', value: '' }])} data-testid={`${testId}-add`}>
          {t('messaging.settings.addRow')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
