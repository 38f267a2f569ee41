import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '@/components/ltr';
import type { ProductOptionFieldsFragment } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useProductOptions } from '../api/search-products';

export const productName = (p: { nameFa: string; nameEn?: string | null }, locale: string) => (locale === 'en' && p.nameEn ? p.nameEn : p.nameFa);

/**
 * Searches the catalog (Persian-aware, names and SKU) and hands the picked product over; the field clears itself for
 * the next line.
 */
export function ProductSelect({ onPick, label }: { onPick: (product: ProductOptionFieldsFragment) => void; label?: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const products = useProductOptions(debounced);
  const byId = new Map((products.data ?? []).map((p) => [p.id, p]));
  return (
    <Select
      label={label}
      placeholder={t('sales.editor.addProduct')}
      searchable
      value={null}
      filter={({ options }) => options}
      data={(products.data ?? []).map((p) => ({ value: p.id, label: `${productName(p, i18n.language)} · ${p.sku}` }))}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const product = id ? byId.get(id) : undefined;
        if (product) {
          onPick(product);
          setSearch('');
        }
      }}
      nothingFoundMessage={products.isFetching ? t('sales.editor.searching') : t('sales.editor.noProducts')}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        if (!p) return option.label;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <div>
              <Text size="sm">{productName(p, i18n.language)}</Text>
              <Text size="xs" c="dimmed"><Ltr>{p.sku}</Ltr> · {money.format(p.basePrice)}</Text>
            </div>
            <Text size="xs" c={p.availability.available > 0 ? 'teal' : 'red'}>
              {t('sales.editor.available', { count: p.availability.available, formatted: formatNumber(p.availability.available, i18n.language) })}
            </Text>
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      data-testid="product-select"
    />
  );
}
