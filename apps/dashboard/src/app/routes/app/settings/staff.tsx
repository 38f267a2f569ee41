import { Stack } from '@mantine/core';
import { InvitationsList } from '@/features/staff/components/invitations-list';
import { StaffList } from '@/features/staff/components/staff-list';

export function StaffRoute() {
  return (
    <Stack gap="xl">
      <StaffList />
      <InvitationsList />
    </Stack>
  );
}
