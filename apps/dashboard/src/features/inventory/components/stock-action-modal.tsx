import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import { translatingForm } from '@/features/catalog/lib/server-text';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useAdjustStock } from '../api/adjust-stock';
import { useWarehouses } from '../api/get-warehouses';
import { useReceiveStock } from '../api/receive-stock';
import { useTransferStock } from '../api/transfer-stock';
import { parseQuantity } from '../lib/movements';

export type StockAction = 'receive' | 'adjust' | 'transfer';

interface Props {
  action: StockAction;
  productId?: string | null;
  warehouseId?: string | null;
  onClose: () => void;
}

/**
 * Receive goods, adjust (a count or a correction, always with a reason) or transfer between warehouses.
 * The reason is checked by the API (the field shows its message); OUT_OF_STOCK and CONFLICT are said plainly.
 */
export function StockActionModal({ action, productId, warehouseId, onClose }: Props) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const receive = useReceiveStock();
  const adjust = useAdjustStock();
  const transfer = useTransferStock();
  const busy = receive.isPending || adjust.isPending || transfer.isPending;
  const [error, setError] = useState<unknown>(null);
  const defaultWarehouse = warehouseId ?? warehouses.data?.find((w) => w.isDefault)?.id ?? null;
  const form = useForm({
    initialValues: {
      productId: productId ?? null,
      warehouseId: defaultWarehouse,
      toWarehouseId: null as string | null,
      mode: 'delta' as 'delta' | 'count',
      quantity: '',
      reason: '',
      reference: '',
    },
    validate: {
      productId: (v) => (v ? null : t('validation.required')),
      warehouseId: (v) => (v ? null : t('validation.required')),
      toWarehouseId: (v) => (action === 'transfer' && !v ? t('validation.required') : null),
      quantity: (v, values) => {
        const n = parseQuantity(v, { allowNegative: action === 'adjust' && values.mode === 'delta' });
        if (n === null) return t(action === 'adjust' && values.mode === 'delta' ? 'inventory.actions.deltaRule' : 'validation.positiveInteger');
        if (action !== 'adjust' && n < 1) return t('validation.positiveInteger');
        if (action === 'adjust' && values.mode === 'delta' && n === 0) return t('inventory.actions.deltaRule');
        return null;
      },
    },
  });
  // The warehouses may arrive after the form opened: start from the default one.
  useEffect(() => {
    if (defaultWarehouse && !form.getValues().warehouseId) form.setFieldValue('warehouseId', defaultWarehouse);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [defaultWarehouse]);
  const values = form.getValues();
  const options = (warehouses.data ?? []).filter((w) => w.active).map((w) => ({ value: w.id, label: `${w.name} · ${w.code}` }));

  const onError = (e: unknown) => {
    const code = errorCode(e);
    if (code === 'OUT_OF_STOCK') return form.setFieldError('quantity', t('inventory.errors.OUT_OF_STOCK'));
    if (code === 'CONFLICT') return form.setFieldError('quantity', t(`inventory.errors.CONFLICT_${action}`));
    if (!applyFieldErrors(translatingForm(form, t), e)) setError(e);
  };
  const done = () => {
    notifySuccess(t(`inventory.actions.done.${action}`));
    onClose();
  };
  const submit = form.onSubmit((v) => {
    setError(null);
    const quantity = parseQuantity(v.quantity, { allowNegative: true })!;
    const common = { productId: v.productId!, reason: v.reason.trim(), reference: v.reference.trim() || null };
    if (action === 'receive') receive.mutate({ ...common, warehouseId: v.warehouseId!, quantity, reason: common.reason || null }, { onSuccess: done, onError });
    else if (action === 'adjust')
      adjust.mutate({ ...common, warehouseId: v.warehouseId!, ...(v.mode === 'delta' ? { delta: quantity } : { countedQuantity: quantity }) }, { onSuccess: done, onError });
    else transfer.mutate({ ...common, fromWarehouseId: v.warehouseId!, toWarehouseId: v.toWarehouseId!, quantity, reason: common.reason || null }, { onSuccess: done, onError });
  });

  return (
    <Modal opened onClose={onClose} title={t(`inventory.actions.title.${action}`)} centered size="lg">
      <form onSubmit={submit} noValidate data-testid={`stock-${action}-form`}>
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <ProductPicker label={t('inventory.columns.product')} required data-testid="stock-product" {...form.getInputProps('productId')} />
          <Group grow align="flex-start">
            <Select
              label={action === 'transfer' ? t('inventory.actions.from') : t('inventory.columns.warehouse')}
              required
              data={options}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data-testid="stock-warehouse"
              {...form.getInputProps('warehouseId')}
            />
            {action === 'transfer' && (
              <Select
                label={t('inventory.actions.to')}
                required
                data={options.filter((o) => o.value !== values.warehouseId)}
                comboboxProps={{ withinPortal: true }}
                data-testid="stock-to-warehouse"
                {...form.getInputProps('toWarehouseId')}
              />
            )}
          </Group>
          {action === 'adjust' && (
            <SegmentedControl
              w="fit-content"
              data={[
                { value: 'delta', label: t('inventory.actions.modeDelta') },
                { value: 'count', label: t('inventory.actions.modeCount') },
              ]}
              data-testid="stock-adjust-mode"
              {...form.getInputProps('mode')}
            />
          )}
          <TextInput
            label={action === 'adjust' ? (values.mode === 'delta' ? t('inventory.actions.delta') : t('inventory.actions.counted')) : t('inventory.actions.quantity')}
            description={action === 'adjust' && values.mode === 'delta' ? t('inventory.actions.deltaHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            inputMode="numeric"
            dir="ltr"
            data-testid="stock-quantity"
            {...form.getInputProps('quantity')}
          />
          <TextInput
            label={t('inventory.columns.reason')}
            description={action === 'adjust' ? t('inventory.actions.reasonHint') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            withAsterisk={action === 'adjust'}
            dir="auto"
            data-testid="stock-reason"
            {...form.getInputProps('reason')}
          />
          <TextInput label={t('inventory.columns.reference')} description={t('inventory.actions.referenceHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} dir="ltr" data-testid="stock-reference" {...form.getInputProps('reference')} />
          <Text size="xs" c="dimmed">{t(`inventory.actions.hint.${action}`)}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy} data-testid="stock-submit">{t(`inventory.actions.submit.${action}`)}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
