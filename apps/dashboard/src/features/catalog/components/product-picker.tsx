import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductName } from '../api/get-product-name';
import { useProducts } from '../api/get-products';
import { productDisplayName } from './product-name';

interface ProductPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Archived products too (e.g. to look at their old stock). */
  includeArchived?: boolean;
}

/** A searchable product select: the API's Persian-aware search over names and SKU as one types. */
export function ProductPicker({ value, onChange, includeArchived, ...props }: ProductPickerProps) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const selected = useProductName(value ?? null);
  const selectedLabel = selected.data ? `${productDisplayName(selected.data, i18n.language)} · ${selected.data.sku}` : '';
  // While the box shows the chosen product's label, list everything rather than searching for that label.
  const query = debounced && debounced !== selectedLabel ? debounced : '';
  const products = useProducts({ ...(query ? { search: query } : {}), ...(includeArchived ? { includeArchived: true } : {}) }, 20);
  const data = useMemo(() => {
    const rows = products.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
    const options = rows.map((p) => ({ value: p.id, label: `${productDisplayName(p, i18n.language)} · ${p.sku}` }));
    if (value && selectedLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: selectedLabel });
    return options;
  }, [products.data, i18n.language, value, selectedLabel]);
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value ?? null}
      onChange={(id) => onChange?.(id)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={products.isFetching ? t('catalog.loading') : t('catalog.products.noMatches')}
      placeholder={t('catalog.products.pickPlaceholder')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
