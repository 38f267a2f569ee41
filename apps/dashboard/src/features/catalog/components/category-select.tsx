import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProductCategories } from '../api/get-product-categories';
import { categoryOptions } from '../lib/category-tree';

interface CategorySelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Leaves out this category and its descendants (choosing a parent for it). */
  exclude?: string;
}

/** A category from the tree, indented by depth, names in the UI language. */
export function CategorySelect({ value, onChange, exclude, ...props }: CategorySelectProps) {
  const { i18n } = useTranslation();
  const categories = useProductCategories();
  return (
    <Select
      searchable
      clearable
      data={categoryOptions(categories.data ?? [], i18n.language, exclude)}
      value={value ?? null}
      onChange={onChange}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
