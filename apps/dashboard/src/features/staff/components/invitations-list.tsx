import { Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { Ltr } from '@/components/ltr';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { RoleBadge } from './role-badge';

export function InvitationsList() {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.staffManage);
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const pending = invitations.data?.filter((i) => i.status === 'PENDING') ?? [];

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="invitations-list">
      <Group justify="space-between" mb="md">
        <Title order={3} size="h4">{t('staff.invitations.title')}</Title>
      </Group>
      {invitations.isError && <ErrorAlert error={invitations.error} />}
      {invitations.isPending && <Skeleton h={80} />}
      {invitations.data && pending.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="invitations-empty">{t('staff.invitations.empty')}</Text>
      )}
      {pending.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('auth.fields.email')}</Table.Th>
                <Table.Th>{t('staff.columns.role')}</Table.Th>
                <Table.Th>{t('staff.invitations.sentAt')}</Table.Th>
                <Table.Th>{t('staff.invitations.expiresAt')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((inv) => (
                <Table.Tr key={inv.id} data-testid="invitation-row" data-email={inv.email}>
                  <Table.Td><Text size="sm"><Ltr>{inv.email}</Ltr></Text></Table.Td>
                  <Table.Td><RoleBadge role={inv.role} /></Table.Td>
                  <Table.Td><Text size="sm"><DateText value={inv.createdAt} /></Text></Table.Td>
                  <Table.Td><Text size="sm"><DateText value={inv.expiresAt} /></Text></Table.Td>
                  {canManage && (
                    <Table.Td>
                      <ConfirmButton
                        label={t('staff.invitations.revoke')}
                        confirmTitle={t('staff.invitations.revokeConfirmTitle')}
                        confirmMessage={t('staff.invitations.revokeConfirm', { email: inv.email })}
                        loading={revoke.isPending && revoke.variables === inv.id}
                        data-testid="invitation-revoke"
                        onConfirm={() =>
                          revoke.mutate(inv.id, {
                            onSuccess: () => notifySuccess(t('staff.invitations.revoked')),
                            onError: notifyError,
                          })
                        }
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
