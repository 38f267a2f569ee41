import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { STAFF_ROLES } from '@/config/constants';
import type { StaffRole } from '@/gql/graphql';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useInviteStaff } from '../api/invite-staff';

const newKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;

export function InviteStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const inviteStaff = useInviteStaff();
  // Same key for retries of the same submission, a fresh one per invitation.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const form = useForm({
    initialValues: { email: '', role: 'SALES' as string },
    validate: {
      email: isEmail(t('validation.email')),
      role: (v) => (v ? null : t('validation.required')),
    },
  });

  const close = () => {
    form.reset();
    inviteStaff.reset();
    setIdempotencyKey(newKey());
    onClose();
  };

  const submit = form.onSubmit((values) => {
    inviteStaff.reset();
    inviteStaff.mutate(
      { input: { email: values.email.trim(), role: values.role as StaffRole }, idempotencyKey },
      {
        onSuccess: (invitation) => {
          notifySuccess(t('staff.invite.sent', { email: invitation.email }));
          close();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('staff.invite.title')} centered>
      <form onSubmit={submit} noValidate data-testid="invite-staff-form">
        <Stack>
          {inviteStaff.isError && <ErrorAlert error={inviteStaff.error} />}
          <TextInput label={t('auth.fields.email')} required type="email" dir="ltr" data-testid="invite-email" {...form.getInputProps('email')} />
          <Select
            label={t('staff.columns.role')}
            required
            allowDeselect={false}
            data={STAFF_ROLES.filter((r) => r !== 'OWNER').map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            data-testid="invite-role"
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('role')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={inviteStaff.isPending} data-testid="invite-submit">
              {t('staff.invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
