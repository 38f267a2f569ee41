import { Badge, Button, Card, Checkbox, Group, Modal, Select, Skeleton, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { CUSTOM_FIELD_TYPES, PERMISSIONS } from '@/config/constants';
import type { CustomFieldType } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useDefineCustomField } from '../api/define-custom-field';
import { useDeleteCustomField } from '../api/delete-custom-field';
import { useCustomFieldDefinitions } from '../api/get-custom-field-definitions';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

export function CustomFieldsSettings() {
  const { t } = useTranslation();
  const canManage = usePermission(PERMISSIONS.workspaceManage);
  const defs = useCustomFieldDefinitions();
  const remove = useDeleteCustomField();
  const [opened, modal] = useDisclosure(false);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="custom-fields-settings">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">{t('settings.customFields.title')}</Title>
        {canManage && <Button onClick={modal.open} data-testid="define-custom-field">{t('settings.customFields.add')}</Button>}
      </Group>
      <Text c="dimmed" size="sm" mb="md">{t('settings.customFields.description')}</Text>
      {defs.isError && <ErrorAlert error={defs.error} />}
      {defs.isPending && <Skeleton h={100} />}
      {defs.data && defs.data.length === 0 && <Text size="sm" c="dimmed">{t('settings.customFields.empty')}</Text>}
      {defs.data && defs.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.customFields.label')}</Table.Th>
                <Table.Th>{t('settings.customFields.key')}</Table.Th>
                <Table.Th>{t('settings.customFields.type')}</Table.Th>
                <Table.Th>{t('settings.customFields.options')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {defs.data.map((d) => (
                <Table.Tr key={d.id} data-testid="custom-field-row" data-key={d.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>{d.label}</Text>
                    {d.required && <Badge size="xs" variant="light" color="orange">{t('settings.customFields.required')}</Badge>}
                  </Table.Td>
                  <Table.Td><Text size="sm"><Ltr>{d.key}</Ltr></Text></Table.Td>
                  <Table.Td>{t(`enums.CustomFieldType.${d.type}`)}</Table.Td>
                  <Table.Td><Text size="sm">{d.options.join('، ') || '—'}</Text></Table.Td>
                  {canManage && (
                    <Table.Td>
                      <ConfirmButton
                        label={t('common.delete')}
                        confirmTitle={t('settings.customFields.deleteTitle')}
                        confirmMessage={t('settings.customFields.deleteConfirm', { label: d.label })}
                        loading={remove.isPending && remove.variables === d.id}
                        onConfirm={() => remove.mutate(d.id, { onSuccess: () => notifySuccess(t('common.removed')), onError: notifyError })}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && <DefineCustomFieldModal opened={opened} onClose={modal.close} nextPosition={defs.data?.length ?? 0} />}
    </Card>
  );
}

function DefineCustomFieldModal({ opened, onClose, nextPosition }: { opened: boolean; onClose: () => void; nextPosition: number }) {
  const { t } = useTranslation();
  const define = useDefineCustomField();
  const form = useForm({
    initialValues: { label: '', key: '', type: 'TEXT' as string, options: [] as string[], required: false },
    validate: {
      label: (v) => (v.trim() ? null : t('validation.required')),
      key: (v) => (KEY.test(v) ? null : t('settings.customFields.keyRule')),
      options: (v, values) => (values.type.includes('SELECT') && v.length === 0 ? t('settings.customFields.optionsRequired') : null),
    },
  });
  const close = () => {
    form.reset();
    define.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    define.mutate(
      {
        label: values.label.trim(),
        key: values.key,
        type: values.type as CustomFieldType,
        options: values.type.includes('SELECT') ? values.options : [],
        required: values.required,
        position: nextPosition,
      },
      {
        onSuccess: () => {
          notifySuccess(t('settings.customFields.saved'));
          close();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('settings.customFields.add')} centered>
      <form onSubmit={submit} noValidate data-testid="custom-field-form">
        <Stack>
          {define.isError && <ErrorAlert error={define.error} />}
          <TextInput label={t('settings.customFields.label')} required {...form.getInputProps('label')} />
          <TextInput
            label={t('settings.customFields.key')}
            description={t('settings.customFields.keyRule')}
            required
            dir="ltr"
            {...form.getInputProps('key')}
          />
          <Select
            label={t('settings.customFields.type')}
            allowDeselect={false}
            data={CUSTOM_FIELD_TYPES.map((ty) => ({ value: ty, label: t(`enums.CustomFieldType.${ty}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('type')}
          />
          {form.values.type.includes('SELECT') && <TagsInput label={t('settings.customFields.options')} {...form.getInputProps('options')} />}
          <Checkbox label={t('settings.customFields.required')} {...form.getInputProps('required', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button type="submit" loading={define.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
