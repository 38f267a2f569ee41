import { Anchor, Badge, Button, Card, Fieldset, Group, NumberInput, Skeleton, Stack, Switch, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { ProductFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatRial, inputToRial, rialToInput } from '@/lib/money';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useArchiveProduct } from '../api/archive-product';
import { useCreateProduct } from '../api/create-product';
import { useProduct } from '../api/get-product';
import { useUpdateProduct } from '../api/update-product';
import { bpToPercentInput, percentInputToBp } from '../lib/percent';
import { translatingForm } from '../lib/server-text';
import { AvailabilityBadge } from './availability-badge';
import { CategorySelect } from './category-select';
import { MoneyInput } from './money-input';
import { productDisplayName } from './product-name';

/** `/catalog/products/new` (no id) or the editor part of `/catalog/products/:id`. */
export function ProductEditor({ id }: { id?: string }) {
  const { t } = useTranslation();
  const product = useProduct(id ?? null);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.products} size="sm">{t('catalog.products.backToList')}</Anchor>
      {id && product.isError && <ErrorAlert error={product.error} />}
      {id && product.isPending && <Skeleton h={420} radius="lg" />}
      {(!id || product.data) && <ProductForm key={product.data?.id ?? 'new'} product={product.data ?? null} />}
    </Stack>
  );
}

interface FormValues {
  sku: string;
  nameFa: string;
  nameEn: string;
  description: string;
  categoryId: string | null;
  unit: string;
  basePrice: string;
  taxRate: string;
  imageUrls: string[];
  lowStockThreshold: number | string;
  active: boolean;
}

function ProductForm({ product }: { product: ProductFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.inventoryWrite);
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const archive = useArchiveProduct();
  const saving = create.isPending || update.isPending;
  const [saveError, setSaveError] = useState<unknown>(null);

  const form = useForm<FormValues>({
    initialValues: {
      sku: product?.sku ?? '',
      nameFa: product?.nameFa ?? '',
      nameEn: product?.nameEn ?? '',
      description: product?.description ?? '',
      categoryId: product?.categoryId ?? null,
      unit: product?.unit ?? t('catalog.products.defaultUnit'),
      basePrice: rialToInput(product?.basePrice ?? null, money.unit),
      taxRate: bpToPercentInput(product?.taxRateBp ?? 0),
      imageUrls: product?.imageUrls ?? [],
      lowStockThreshold: product?.lowStockThreshold ?? '',
      active: product?.active ?? true,
    },
    validate: {
      sku: (v) => (!v.trim() ? t('validation.required') : /^[A-Za-z0-9۰-۹][A-Za-z0-9۰-۹._/-]{0,63}$/.test(v.trim()) ? null : t('catalog.fieldErrors.sku')),
      nameFa: (v) => (v.trim() ? null : t('validation.required')),
      basePrice: (v) => {
        const rial = inputToRial(v, money.unit);
        return rial === null ? t('validation.required') : rial === 'invalid' ? t('catalog.fieldErrors.amount') : null;
      },
      taxRate: (v) => (percentInputToBp(v) === 'invalid' ? t('catalog.fieldErrors.percent') : null),
      imageUrls: (v) => (v.every((u) => /^https?:\/\/\S+$/.test(u)) ? null : t('catalog.fieldErrors.url')),
    },
  });
  const values = form.getValues();
  const typedRial = inputToRial(values.basePrice, money.unit);

  const onError = (error: unknown) => {
    if (errorCode(error) === 'CONFLICT') {
      form.setFieldError('sku', t('catalog.fieldErrors.skuTaken'));
      return;
    }
    if (!applyFieldErrors(translatingForm(form, t), error)) setSaveError(error);
  };

  const submit = form.onSubmit((v) => {
    setSaveError(null);
    const input = {
      sku: v.sku.trim(),
      nameFa: v.nameFa.trim(),
      nameEn: v.nameEn.trim() || null,
      description: v.description.trim() || null,
      categoryId: v.categoryId,
      unit: v.unit.trim() || undefined,
      basePrice: inputToRial(v.basePrice, money.unit) as number,
      taxRateBp: (percentInputToBp(v.taxRate) as number | null) ?? 0,
      imageUrls: v.imageUrls,
      lowStockThreshold: v.lowStockThreshold === '' ? null : Number(v.lowStockThreshold),
      active: v.active,
    };
    if (product) {
      update.mutate(
        { id: product.id, input },
        {
          onSuccess: (saved) => {
            form.resetDirty({ ...v, basePrice: rialToInput(saved.basePrice, money.unit), sku: saved.sku });
            form.setFieldValue('sku', saved.sku);
            notifySuccess(t('catalog.products.saved'));
          },
          onError,
        },
      );
    } else {
      create.mutate(input, {
        onSuccess: (saved) => {
          notifySuccess(t('catalog.products.created'));
          navigate(paths.product(saved.id), { replace: true });
        },
        onError,
      });
    }
  });

  return (
    <Card withBorder radius="lg" padding="lg">
      <form onSubmit={submit} noValidate data-testid="product-form">
        <Fieldset variant="unstyled" disabled={saving || !canWrite}>
          <Stack>
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Title order={3} size="h4" data-testid="product-title">
                  <bdi>{product ? productDisplayName(product, i18n.language) : t('catalog.products.newTitle')}</bdi>
                </Title>
                {product && <AvailabilityBadge availability={product.availability} />}
                {product?.archivedAt && <Badge variant="default">{t('catalog.products.archived')}</Badge>}
              </Group>
              {!canWrite && <Badge variant="light" color="gray">{t('catalog.readOnly')}</Badge>}
            </Group>
            {saveError != null && <ErrorAlert error={saveError} />}
            <Group grow align="flex-start">
              <TextInput label={t('catalog.fields.sku')} description={t('catalog.products.skuHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required dir="ltr" styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }} data-testid="product-sku" {...form.getInputProps('sku')} />
              <TextInput label={t('catalog.fields.unit')} description={t('catalog.products.unitHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} data-testid="product-unit" {...form.getInputProps('unit')} />
            </Group>
            <Group grow align="flex-start">
              <TextInput label={t('catalog.fields.nameFa')} required dir="rtl" data-testid="product-name-fa" {...form.getInputProps('nameFa')} />
              <TextInput label={t('catalog.fields.nameEn')} dir="ltr" data-testid="product-name-en" {...form.getInputProps('nameEn')} />
            </Group>
            <Textarea label={t('catalog.fields.description')} autosize minRows={2} dir="auto" data-testid="product-description" {...form.getInputProps('description')} />
            <CategorySelect label={t('catalog.fields.category')} placeholder={t('catalog.products.noCategory')} data-testid="product-category" {...form.getInputProps('categoryId')} />
            <Group grow align="flex-start">
              <MoneyInput
                label={t('catalog.fields.basePrice')}
                description={
                  typeof typedRial === 'number' && money.unit === 'IRT'
                    ? t('catalog.products.inRial', { amount: formatRial(typedRial, 'IRR', i18n.language, false) })
                    : t('catalog.products.priceHint', { unit: t(`currency.${money.unit}`) })
                }
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                required
                data-testid="product-price-input"
                {...form.getInputProps('basePrice')}
              />
              <TextInput
                label={t('catalog.fields.taxPercent')}
                description={t('catalog.products.taxHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                inputMode="decimal"
                dir="ltr"
                rightSection={<Text size="xs" c="dimmed">%</Text>}
                data-testid="product-tax"
                {...form.getInputProps('taxRate')}
              />
              <NumberInput
                label={t('catalog.fields.lowStockThreshold')}
                description={t('catalog.products.thresholdHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                dir="ltr"
                data-testid="product-threshold"
                {...form.getInputProps('lowStockThreshold')}
              />
            </Group>
            <TagsInput
              label={t('catalog.fields.imageUrls')}
              description={t('catalog.products.imageHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              dir="ltr"
              splitChars={[' ', ',']}
              clearable
              data-testid="product-images"
              {...form.getInputProps('imageUrls')}
            />
            {values.imageUrls.length > 0 && (
              <Group gap="xs">
                {values.imageUrls.map((url) => (
                  <Anchor key={url} href={url} target="_blank" rel="noreferrer" size="xs" dir="ltr" data-testid="product-image-link">
                    {url.replace(/^https?:\/\//, '')}
                  </Anchor>
                ))}
              </Group>
            )}
            <Switch label={t('catalog.fields.active')} description={t('catalog.products.activeHint')} data-testid="product-active" {...form.getInputProps('active', { type: 'checkbox' })} />
            {canWrite && (
              <Group justify="space-between">
                <div>
                  {product && !product.archivedAt && (
                    <ConfirmButton
                      label={t('catalog.products.archive')}
                      confirmTitle={t('catalog.products.archiveTitle')}
                      confirmMessage={t('catalog.products.archiveConfirm')}
                      loading={archive.isPending}
                      data-testid="product-archive"
                      onConfirm={() => archive.mutate(product.id, { onSuccess: () => notifySuccess(t('catalog.products.archivedDone')), onError: notifyError })}
                    />
                  )}
                </div>
                <Button type="submit" loading={saving} data-testid="product-submit">
                  {product ? t('common.save') : t('catalog.products.create')}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      </form>
    </Card>
  );
}
