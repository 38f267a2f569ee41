import { Badge, Button, Card, Group, Select, Skeleton, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { Ltr } from '@/components/ltr';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS, STAFF_ROLES } from '@/config/constants';
import type { StaffRole } from '@/gql/graphql';
import { usePermission, useViewer } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useSetStaffExtension } from '@/features/calls/api/set-staff-extension';
import { useChangeStaffRole } from '../api/change-staff-role';
import { useDisableStaffMember } from '../api/disable-staff-member';
import { useStaffMembers } from '../api/get-staff-members';
import { InviteStaffModal } from './invite-staff-modal';
import { RoleBadge } from './role-badge';

export function StaffList() {
  const { t, i18n } = useTranslation();
  const canManage = usePermission(PERMISSIONS.staffManage);
  const { data: viewer } = useViewer();
  const staff = useStaffMembers();
  const changeRole = useChangeStaffRole();
  const disable = useDisableStaffMember();
  const setExtension = useSetStaffExtension();

  const saveExtension = (staffMemberId: string, current: string | null | undefined, value: string) => {
    const extension = value.trim() || null;
    if (extension === (current ?? null)) return;
    setExtension.mutate({ staffMemberId, extension }, { onSuccess: () => notifySuccess(t('staff.extensionSaved')), onError: notifyError });
  };
  const [inviteOpened, invite] = useDisclosure(false);

  const roleOptions = STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="staff-list">
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={3} size="h4">{t('staff.title')}</Title>
          {staff.data && <Badge variant="default">{formatNumber(staff.data.totalCount, i18n.language)}</Badge>}
        </Group>
        {canManage && (
          <Button onClick={invite.open} data-testid="invite-staff-button">
            {t('staff.invite.button')}
          </Button>
        )}
      </Group>

      {staff.isError && <ErrorAlert error={staff.error} />}
      {staff.isPending && <Skeleton h={120} />}
      {staff.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.columns.member')}</Table.Th>
                <Table.Th>{t('staff.columns.role')}</Table.Th>
                <Table.Th>{t('staff.columns.status')}</Table.Th>
                <Table.Th>{t('staff.columns.extension')}</Table.Th>
                <Table.Th>{t('staff.columns.lastLogin')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.data.edges.map(({ node }) => {
                const isSelf = node.email === viewer?.user?.email;
                const editable = canManage && !isSelf && node.status === 'ACTIVE';
                return (
                  <Table.Tr key={node.id} data-testid="staff-row" data-email={node.email}>
                    <Table.Td>
                      <Text size="sm" fw={500}>{node.fullName}</Text>
                      <Text size="xs" c="dimmed"><Ltr>{node.email}</Ltr></Text>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Select
                          size="xs"
                          w={150}
                          data={roleOptions}
                          value={node.role}
                          allowDeselect={false}
                          aria-label={t('staff.changeRole')}
                          data-testid="staff-role-select"
                          onChange={(role) =>
                            role &&
                            role !== node.role &&
                            changeRole.mutate(
                              { staffMemberId: node.id, role: role as StaffRole },
                              { onSuccess: () => notifySuccess(t('staff.roleChanged')), onError: notifyError },
                            )
                          }
                        />
                      ) : (
                        <RoleBadge role={node.role} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={node.status === 'ACTIVE' ? 'teal' : 'gray'}>
                        {t(`staff.status.${node.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {canManage || isSelf ? (
                        <TextInput
                          size="xs"
                          w={90}
                          dir="ltr"
                          inputMode="numeric"
                          defaultValue={node.extension ?? ''}
                          placeholder="101"
                          aria-label={t('staff.columns.extension')}
                          data-testid="staff-extension"
                          onBlur={(e) => saveExtension(node.id, node.extension, e.currentTarget.value)}
                          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                        />
                      ) : (
                        <Text size="sm"><Ltr>{node.extension ?? '—'}</Ltr></Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm"><DateText value={node.lastLoginAt} /></Text>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {editable && (
                          <ConfirmButton
                            label={t('staff.disable')}
                            confirmTitle={t('staff.disableConfirmTitle')}
                            confirmMessage={t('staff.disableConfirm', { name: node.fullName })}
                            loading={disable.isPending && disable.variables === node.id}
                            data-testid="staff-disable"
                            onConfirm={() =>
                              disable.mutate(node.id, {
                                onSuccess: () => notifySuccess(t('staff.disabled')),
                                onError: notifyError,
                              })
                            }
                          />
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && <InviteStaffModal opened={inviteOpened} onClose={invite.close} />}
    </Card>
  );
}
