import { Badge, Button, Card, Code, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { CreateApiKeyModal } from './create-api-key-modal';

export function ApiKeysList() {
  const { t, i18n } = useTranslation();
  const canManage = usePermission(PERMISSIONS.apiKeysManage);
  const apiKeys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [createOpened, create] = useDisclosure(false);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="api-keys-list">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h4">{t('apiKeys.title')}</Title>
          {apiKeys.data && <Badge variant="default">{formatNumber(apiKeys.data.totalCount, i18n.language)}</Badge>}
        </Group>
        {canManage && (
          <Button onClick={create.open} data-testid="create-api-key-button">
            {t('apiKeys.create.button')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm" mb="md">{t('apiKeys.description')}</Text>

      {apiKeys.isError && <ErrorAlert error={apiKeys.error} />}
      {apiKeys.isPending && <Skeleton h={120} />}
      {apiKeys.data && apiKeys.data.edges.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="api-keys-empty">{t('apiKeys.empty')}</Text>
      )}
      {apiKeys.data && apiKeys.data.edges.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiKeys.columns.name')}</Table.Th>
                <Table.Th>{t('apiKeys.columns.prefix')}</Table.Th>
                <Table.Th>{t('apiKeys.columns.scopes')}</Table.Th>
                <Table.Th>{t('apiKeys.columns.createdAt')}</Table.Th>
                <Table.Th>{t('apiKeys.columns.lastUsedAt')}</Table.Th>
                <Table.Th>{t('apiKeys.columns.status')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {apiKeys.data.edges.map(({ node }) => (
                <Table.Tr key={node.id} data-testid="api-key-row" data-name={node.name}>
                  <Table.Td><Text size="sm" fw={500}>{node.name}</Text></Table.Td>
                  <Table.Td><Code dir="ltr">{node.prefix}…</Code></Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {node.scopes.map((scope) => (
                        <Badge key={scope} size="xs" variant="outline" tt="none" dir="ltr">{scope}</Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td><Text size="sm"><DateText value={node.createdAt} /></Text></Table.Td>
                  <Table.Td><Text size="sm"><DateText value={node.lastUsedAt} fallback={t('apiKeys.neverUsed')} /></Text></Table.Td>
                  <Table.Td>
                    {node.revokedAt ? (
                      <Badge color="gray" variant="light" title={undefined}>
                        {t('apiKeys.revokedOn')} <DateText value={node.revokedAt} />
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">{t('apiKeys.active')}</Badge>
                    )}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      {!node.revokedAt && (
                        <ConfirmButton
                          label={t('apiKeys.revoke')}
                          confirmTitle={t('apiKeys.revokeConfirmTitle')}
                          confirmMessage={t('apiKeys.revokeConfirm', { name: node.name })}
                          loading={revoke.isPending && revoke.variables === node.id}
                          data-testid="api-key-revoke"
                          onConfirm={() =>
                            revoke.mutate(node.id, {
                              onSuccess: () => notifySuccess(t('apiKeys.revoked')),
                              onError: notifyError,
                            })
                          }
                        />
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && <CreateApiKeyModal opened={createOpened} onClose={create.close} />}
    </Card>
  );
}
