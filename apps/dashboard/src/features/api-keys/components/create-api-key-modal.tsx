import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { applyFieldErrors } from '@/lib/forms';
import { useCreateApiKey } from '../api/create-api-key';
import { useApiScopes } from '../api/get-api-scopes';

export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const scopes = useApiScopes(opened);
  const createKey = useCreateApiKey();
  // The secret only lives in component state, and only until the modal is closed.
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', scopes: [] as string[] },
    validate: {
      name: isNotEmpty(t('validation.required')),
      scopes: (v) => (v.length ? null : t('apiKeys.create.scopesRequired')),
    },
  });

  const close = () => {
    setSecret(null);
    form.reset();
    createKey.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    createKey.reset();
    createKey.mutate(
      { name: values.name.trim(), scopes: values.scopes },
      {
        onSuccess: (payload) => setSecret(payload.secret),
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? t('apiKeys.secret.title') : t('apiKeys.create.title')}
      centered
      size="lg"
      closeOnClickOutside={!secret}
    >
      {secret ? (
        <Stack data-testid="api-key-secret-modal">
          <Alert color="yellow" variant="light">{t('apiKeys.secret.warning')}</Alert>
          <Code block dir="ltr" data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </Code>
          <Group justify="space-between">
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy} data-testid="api-key-copy">
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close} data-testid="api-key-secret-done">{t('apiKeys.secret.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="create-api-key-form">
          <Stack>
            {createKey.isError && <ErrorAlert error={createKey.error} />}
            <TextInput label={t('apiKeys.columns.name')} required data-testid="api-key-name" {...form.getInputProps('name')} />
            {scopes.isError && <ErrorAlert error={scopes.error} />}
            {scopes.isPending ? (
              <Skeleton h={80} />
            ) : (
              <Checkbox.Group label={t('apiKeys.columns.scopes')} required {...form.getInputProps('scopes')}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" data-testid="api-key-scopes">
                  {(scopes.data ?? []).map((scope) => (
                    <Checkbox key={scope} value={scope} label={<Text size="sm" span dir="ltr">{scope}</Text>} aria-label={scope} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" loading={createKey.isPending} data-testid="api-key-submit">
                {t('apiKeys.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
