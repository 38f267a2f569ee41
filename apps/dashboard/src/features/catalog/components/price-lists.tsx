import { ActionIcon, Badge, Button, Card, Group, Modal, NumberInput, SegmentedControl, Select, Skeleton, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, calendarDateError } from '@/components/calendar-date-input';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { PriceListFieldsFragment, PriceListItemInput, PriceListKind } from '@/gql/graphql';
import { usePermission, useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { inputToRial, rialToInput } from '@/lib/money';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useCreatePriceList } from '../api/create-price-list';
import { useProductCategories } from '../api/get-product-categories';
import { usePriceLists } from '../api/get-price-lists';
import { useSetPriceListItems } from '../api/set-price-list-items';
import { useUpdatePriceList } from '../api/update-price-list';
import { categoryPath } from '../lib/category-tree';
import { bpToPercentInput, formatBp, percentInputToBp } from '../lib/percent';
import { translatingForm } from '../lib/server-text';
import { dayValueToInstant, instantToDayValue, windowState } from '../lib/validity';
import { CategorySelect } from './category-select';
import { MoneyInput } from './money-input';
import { ProductName } from './product-name';
import { ProductPicker } from './product-picker';

const KINDS: PriceListKind[] = ['ALL', 'TIER', 'SEGMENT', 'CONTACT'];
const WINDOW_COLORS = { active: 'teal', upcoming: 'blue', expired: 'gray' } as const;

/** Price lists: who they are for, when they hold, and their prices per product or category. */
export function PriceLists() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.campaignsWrite);
  const lists = usePriceLists();
  const categories = useProductCategories();
  const [editing, setEditing] = useState<PriceListFieldsFragment | 'new' | null>(null);
  const rows = lists.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="price-lists">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">{t('catalog.priceLists.description')}</Text>
          {canWrite && <Button onClick={() => setEditing('new')} data-testid="price-list-new">{t('catalog.priceLists.new')}</Button>}
        </Group>
        {lists.isError && <ErrorAlert error={lists.error} />}
        {lists.isPending && <Skeleton h={200} />}
        {lists.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('catalog.priceLists.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalog.priceLists.name')}</Table.Th>
                  <Table.Th>{t('catalog.priceLists.kind')}</Table.Th>
                  <Table.Th>{t('catalog.validity.label')}</Table.Th>
                  <Table.Th>{t('catalog.priceLists.items')}</Table.Th>
                  <Table.Th ta="end">{t('catalog.priceLists.priority')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((list) => {
                  const state = windowState(list.validFrom, list.validTo);
                  return (
                    <Table.Tr key={list.id} data-testid="price-list-row" style={{ cursor: canWrite ? 'pointer' : undefined }} onClick={() => canWrite && setEditing(list)}>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm" fw={500}><bdi>{list.name}</bdi></Text>
                          {!list.active && <Badge size="xs" variant="default">{t('catalog.inactive')}</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`enums.PriceListKind.${list.kind}`)}</Text>
                        {list.target && <Text size="xs" c="dimmed"><Ltr>{list.target}</Ltr></Text>}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Badge size="sm" variant="light" color={WINDOW_COLORS[state]} miw="max-content">{t(`catalog.validity.${state}`)}</Badge>
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            {list.validFrom || list.validTo ? (
                              <>
                                <DateText value={list.validFrom} fallback="…" /> – <DateText value={list.validTo ? new Date(new Date(list.validTo).getTime() - 1).toISOString() : null} fallback="…" />
                              </>
                            ) : (
                              t('catalog.validity.always')
                            )}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {list.items.slice(0, 3).map((item) => (
                            <Group key={item.id} gap={6} wrap="nowrap">
                              {item.productId ? <ProductName productId={item.productId} withSku={false} /> : <Text size="sm">{categoryPath(categories.data ?? [], item.categoryId, i18n.language)}</Text>}
                              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                                {item.price != null ? money.format(item.price) : item.discountBp != null ? t('catalog.priceLists.off', { percent: formatBp(item.discountBp, i18n.language) }) : ''}
                              </Text>
                            </Group>
                          ))}
                          {list.items.length > 3 && <Text size="xs" c="dimmed">{t('catalog.priceLists.more', { count: list.items.length - 3, formatted: formatNumber(list.items.length - 3, i18n.language) })}</Text>}
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="end"><Text size="sm">{formatNumber(list.priority, i18n.language)}</Text></Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {lists.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void lists.fetchNextPage()} loading={lists.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {editing && <PriceListModal list={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

interface ItemValue {
  key: string;
  scope: 'product' | 'category';
  productId: string | null;
  categoryId: string | null;
  mode: 'price' | 'percent';
  amount: string;
  minQuantity: number | string;
}

function PriceListModal({ list, onClose }: { list: PriceListFieldsFragment | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { data: viewer } = useViewer();
  const tz = viewer?.workspace.timezone ?? 'Asia/Tehran';
  const money = useMoney();
  const create = useCreatePriceList();
  const update = useUpdatePriceList();
  const setItems = useSetPriceListItems();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      name: list?.name ?? '',
      kind: (list?.kind ?? 'ALL') as PriceListKind,
      target: list?.target ?? '',
      priority: list?.priority ?? 0,
      active: list?.active ?? true,
      validFrom: instantToDayValue(list?.validFrom, i18n.language, tz),
      validTo: instantToDayValue(list?.validTo, i18n.language, tz, true),
      items: (list?.items ?? []).map<ItemValue>((item) => ({
        key: item.id,
        scope: item.productId ? 'product' : 'category',
        productId: item.productId ?? null,
        categoryId: item.categoryId ?? null,
        mode: item.price != null ? 'price' : 'percent',
        amount: item.price != null ? rialToInput(item.price, money.unit) : bpToPercentInput(item.discountBp),
        minQuantity: item.minQuantity,
      })),
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      target: (v, values) => (values.kind !== 'ALL' && !v.trim() ? t('validation.required') : null),
      validFrom: (v) => (calendarDateError(v, { requireYear: true }) ? t('validation.date') : null),
      validTo: (v) => (calendarDateError(v, { requireYear: true }) ? t('validation.date') : null),
      items: {
        productId: (v, values, path) => (values.items[Number(path.split('.')[1])].scope === 'product' && !v ? t('validation.required') : null),
        categoryId: (v, values, path) => (values.items[Number(path.split('.')[1])].scope === 'category' && !v ? t('validation.required') : null),
        amount: (v, values, path) => {
          const item = values.items[Number(path.split('.')[1])];
          const parsed = item.mode === 'price' ? inputToRial(v, money.unit) : percentInputToBp(v);
          return parsed === null ? t('validation.required') : parsed === 'invalid' || (item.mode === 'percent' && parsed === 0) ? t(item.mode === 'price' ? 'catalog.fieldErrors.amount' : 'catalog.fieldErrors.percent') : null;
        },
      },
    },
  });
  const values = form.getValues();
  const busy = create.isPending || update.isPending || setItems.isPending;

  const onError = (e: unknown) => {
    if (!applyFieldErrors(translatingForm(form, t), e)) setError(e);
  };
  const submit = form.onSubmit((v) => {
    setError(null);
    const items: PriceListItemInput[] = v.items.map((item) => ({
      ...(item.scope === 'product' ? { productId: item.productId } : { categoryId: item.categoryId }),
      ...(item.mode === 'price' ? { price: inputToRial(item.amount, money.unit) as number } : { discountBp: percentInputToBp(item.amount) as number }),
      minQuantity: Number(item.minQuantity) || 1,
    }));
    const base = {
      name: v.name.trim(),
      kind: v.kind,
      target: v.kind === 'ALL' ? null : v.target.trim(),
      priority: Number(v.priority) || 0,
      active: v.active,
      validFrom: dayValueToInstant(v.validFrom, tz),
      validTo: dayValueToInstant(v.validTo, tz, true),
    };
    const done = () => {
      notifySuccess(t('catalog.priceLists.saved'));
      onClose();
    };
    if (list) {
      update.mutate({ id: list.id, input: base }, { onSuccess: () => setItems.mutate({ priceListId: list.id, items }, { onSuccess: done, onError }), onError });
    } else {
      create.mutate({ ...base, items }, { onSuccess: done, onError });
    }
  });

  return (
    <Modal opened onClose={onClose} title={list ? t('catalog.priceLists.editTitle') : t('catalog.priceLists.newTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate data-testid="price-list-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <Group grow align="flex-start">
            <TextInput label={t('catalog.priceLists.name')} required dir="auto" data-testid="price-list-name" {...form.getInputProps('name')} />
            <NumberInput label={t('catalog.priceLists.priority')} description={t('catalog.priceLists.priorityHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} allowDecimal={false} dir="ltr" {...form.getInputProps('priority')} />
          </Group>
          <div>
            <Text size="sm" fw={500} mb={4}>{t('catalog.priceLists.kind')}</Text>
            <SegmentedControl data={KINDS.map((k) => ({ value: k, label: t(`enums.PriceListKind.${k}`) }))} {...form.getInputProps('kind')} />
          </div>
          {values.kind === 'CONTACT' && (
            <ContactPicker label={t('catalog.priceLists.contact')} value={values.target || null} onChange={(id) => form.setFieldValue('target', id ?? '')} error={form.errors.target} />
          )}
          {(values.kind === 'TIER' || values.kind === 'SEGMENT') && (
            <TextInput label={t(`catalog.priceLists.target${values.kind}`)} description={t(`catalog.priceLists.target${values.kind}Hint`)} dir="ltr" required {...form.getInputProps('target')} />
          )}
          <Group grow align="flex-start">
            <CalendarDateInput label={t('catalog.validity.from')} yearOptional={false} value={values.validFrom} onChange={(d) => form.setFieldValue('validFrom', d)} error={form.errors.validFrom} />
            <CalendarDateInput label={t('catalog.validity.to')} yearOptional={false} value={values.validTo} onChange={(d) => form.setFieldValue('validTo', d)} error={form.errors.validTo} />
          </Group>
          <Switch label={t('catalog.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Text size="sm" fw={600}>{t('catalog.priceLists.items')}</Text>
          {values.items.length === 0 && <Text size="sm" c="dimmed">{t('catalog.priceLists.noItems')}</Text>}
          {values.items.map((item, i) => (
            <Group key={item.key} align="flex-end" gap="xs" wrap="nowrap" data-testid="price-list-item">
              <Select
                w={110}
                label={t('catalog.priceLists.scope')}
                data={[
                  { value: 'product', label: t('catalog.priceLists.scopeProduct') },
                  { value: 'category', label: t('catalog.priceLists.scopeCategory') },
                ]}
                allowDeselect={false}
                {...form.getInputProps(`items.${i}.scope`)}
              />
              {item.scope === 'product' ? (
                <ProductPicker style={{ flex: 1 }} label={t('catalog.priceLists.product')} {...form.getInputProps(`items.${i}.productId`)} />
              ) : (
                <CategorySelect style={{ flex: 1 }} label={t('catalog.fields.category')} {...form.getInputProps(`items.${i}.categoryId`)} />
              )}
              <Select
                w={130}
                label={t('catalog.priceLists.mode')}
                data={[
                  { value: 'price', label: t('catalog.priceLists.modePrice') },
                  { value: 'percent', label: t('catalog.priceLists.modePercent') },
                ]}
                allowDeselect={false}
                {...form.getInputProps(`items.${i}.mode`)}
              />
              {item.mode === 'price' ? (
                <MoneyInput w={170} label={t('catalog.priceLists.price')} {...form.getInputProps(`items.${i}.amount`)} />
              ) : (
                <TextInput w={110} label={t('catalog.priceLists.discount')} dir="ltr" inputMode="decimal" rightSection="%" {...form.getInputProps(`items.${i}.amount`)} />
              )}
              <NumberInput w={90} label={t('catalog.priceLists.minQuantity')} min={1} allowDecimal={false} dir="ltr" {...form.getInputProps(`items.${i}.minQuantity`)} />
              <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('common.remove')} onClick={() => form.removeListItem('items', i)}>×</ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => form.insertListItem('items', { key: `n${Date.now()}`, scope: 'product', productId: null, categoryId: null, mode: 'price', amount: '', minQuantity: 1 } satisfies ItemValue)}
              data-testid="price-list-add-item"
            >
              {t('catalog.priceLists.addItem')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy} data-testid="price-list-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
