import { Badge, Button, Card, Group, Modal, Skeleton, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { translatingForm } from '@/features/catalog/lib/server-text';
import type { WarehouseFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCreateWarehouse } from '../api/create-warehouse';
import { useWarehouses } from '../api/get-warehouses';
import { useUpdateWarehouse } from '../api/update-warehouse';

/** Warehouses: the default one takes reservations first; an inactive one keeps its stock but takes no receipts. */
export function WarehousesList() {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.inventoryWrite);
  const warehouses = useWarehouses();
  const update = useUpdateWarehouse();
  const [editing, setEditing] = useState<WarehouseFieldsFragment | 'new' | null>(null);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="warehouses">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('inventory.warehouses.description')}</Text>
          {canWrite && <Button onClick={() => setEditing('new')} data-testid="warehouse-new">{t('inventory.warehouses.new')}</Button>}
        </Group>
        {warehouses.isError && <ErrorAlert error={warehouses.error} />}
        {warehouses.isPending && <Skeleton h={120} />}
        {warehouses.data && warehouses.data.length === 0 && <Text size="sm" c="dimmed" ta="center" py="xl">{t('inventory.warehouses.empty')}</Text>}
        {!!warehouses.data?.length && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.warehouses.code')}</Table.Th>
                  <Table.Th>{t('inventory.warehouses.name')}</Table.Th>
                  <Table.Th>{t('inventory.warehouses.address')}</Table.Th>
                  <Table.Th>{t('inventory.warehouses.state')}</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {warehouses.data.map((w) => (
                  <Table.Tr key={w.id} data-testid="warehouse-row" data-code={w.code}>
                    <Table.Td><Text size="sm" ff="monospace"><Ltr>{w.code}</Ltr></Text></Table.Td>
                    <Table.Td><Text size="sm" fw={500}><bdi>{w.name}</bdi></Text></Table.Td>
                    <Table.Td maw={300}><Text size="sm" c="dimmed" dir="auto" lineClamp={2}>{w.address ?? '—'}</Text></Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {w.isDefault && <Badge variant="light" color="cyan" data-testid="warehouse-default">{t('inventory.warehouses.default')}</Badge>}
                        {!w.active && <Badge variant="default">{t('catalog.inactive')}</Badge>}
                      </Group>
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {!w.isDefault && w.active && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              loading={update.isPending && update.variables?.id === w.id}
                              onClick={() => update.mutate({ id: w.id, input: { isDefault: true } }, { onSuccess: () => notifySuccess(t('inventory.warehouses.madeDefault')), onError: notifyError })}
                              data-testid="warehouse-make-default"
                            >
                              {t('inventory.warehouses.makeDefault')}
                            </Button>
                          )}
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(w)} data-testid="warehouse-edit">{t('common.edit')}</Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && <WarehouseModal warehouse={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function WarehouseModal({ warehouse, onClose }: { warehouse: WarehouseFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWarehouse();
  const update = useUpdateWarehouse();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { code: warehouse?.code ?? '', name: warehouse?.name ?? '', address: warehouse?.address ?? '', active: warehouse?.active ?? true, isDefault: warehouse?.isDefault ?? false },
    validate: {
      code: (v) => (/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u.test(v.trim()) ? null : t('catalog.fieldErrors.warehouseCode')),
      name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const onError = (e: unknown) => {
    if (errorCode(e) === 'CONFLICT') return form.setFieldError('code', t('catalog.fieldErrors.warehouseCodeTaken'));
    if (!applyFieldErrors(translatingForm(form, t), e)) setError(e);
  };
  const submit = form.onSubmit((v) => {
    setError(null);
    const done = () => {
      notifySuccess(t('inventory.warehouses.saved'));
      onClose();
    };
    const base = { code: v.code.trim(), name: v.name.trim(), address: v.address.trim() || null };
    if (warehouse) update.mutate({ id: warehouse.id, input: { ...base, active: v.active, ...(v.isDefault && !warehouse.isDefault ? { isDefault: true } : {}) } }, { onSuccess: done, onError });
    else create.mutate({ ...base, isDefault: v.isDefault }, { onSuccess: done, onError });
  });
  return (
    <Modal opened onClose={onClose} title={warehouse ? t('inventory.warehouses.editTitle') : t('inventory.warehouses.newTitle')} centered>
      <form onSubmit={submit} noValidate data-testid="warehouse-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <TextInput label={t('inventory.warehouses.code')} description={t('inventory.warehouses.codeHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required dir="ltr" data-testid="warehouse-code" {...form.getInputProps('code')} />
          <TextInput label={t('inventory.warehouses.name')} required dir="auto" data-testid="warehouse-name" {...form.getInputProps('name')} />
          <Textarea label={t('inventory.warehouses.address')} autosize minRows={2} dir="auto" {...form.getInputProps('address')} />
          {warehouse && <Switch label={t('inventory.warehouses.active')} description={t('inventory.warehouses.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          {!warehouse?.isDefault && <Switch label={t('inventory.warehouses.makeDefault')} {...form.getInputProps('isDefault', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="warehouse-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
