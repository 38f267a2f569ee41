import { Badge, Button, Group, Input, PasswordInput, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretMode } from '../lib/settings-form';

interface SecretFieldProps {
  label: string;
  description?: ReactNode;
  /** Whether a value is stored (the value itself is never sent to the browser). */
  isSet: boolean;
  mode: SecretMode;
  onModeChange: (mode: SecretMode) => void;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  multiline?: boolean;
  placeholder?: string;
  testId: string;
}

/** A write-only secret: shows whether one is stored; "replace" types a new one, "clear" removes it on save. */
export function SecretField({ label, description, isSet, mode, onModeChange, value, onChange, error, multiline, placeholder, testId }: SecretFieldProps) {
  const { t } = useTranslation();
  const state = mode === 'clear' ? 'clearing' : isSet ? 'set' : 'unset';
  return (
    <Input.Wrapper label={label} description={description} error={error} data-testid={testId} data-state={state}>
      <Stack gap={6} mt={4}>
        <Group gap="xs">
          <Badge variant="light" color={state === 'set' ? 'teal' : state === 'clearing' ? 'red' : 'gray'} data-testid={`${testId}-state`}>
            {t(`messaging.secret.${state}`)}
          </Badge>
          {mode === 'keep' && (
            <>
              <Button size="compact-xs" variant="light" onClick={() => onModeChange('replace')} data-testid={`${testId}-replace`}>
                {isSet ? t('messaging.secret.replace') : t('messaging.secret.setAction')}
              </Button>
              {isSet && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onModeChange('clear')} data-testid={`${testId}-clear`}>
                  {t('messaging.secret.clear')}
                </Button>
              )}
            </>
          )}
          {mode !== 'keep' && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              onClick={() => {
                onChange('');
                onModeChange('keep');
              }}
              data-testid={`${testId}-undo`}
            >
              {mode === 'clear' ? t('messaging.secret.undo') : t('common.cancel')}
            </Button>
          )}
        </Group>
        {mode === 'clear' && <Text size="xs" c="red">{t('messaging.secret.willClear')}</Text>}
        {mode === 'replace' &&
          (multiline ? (
            <Textarea
              dir="ltr"
              autosize
              minRows={4}
              maxRows={10}
              autoComplete="off"
              spellCheck={false}
              placeholder={placeholder}
              value={value}
              onChange={(e) => onChange(e.currentTarget.value)}
              error={!!error}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
              data-testid={`${testId}-input`}
            />
          ) : (
            <PasswordInput
              dir="ltr"
              autoComplete="new-password"
              placeholder={placeholder}
              value={value}
              onChange={(e) => onChange(e.currentTarget.value)}
              error={!!error}
              data-testid={`${testId}-input`}
            />
          ))}
        {mode === 'replace' && <Text size="xs" c="dimmed">{t('messaging.secret.writeOnly')}</Text>}
      </Stack>
    </Input.Wrapper>
  );
}
