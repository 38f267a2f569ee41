import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../api/get-contacts';

/** Searchable select over the workspace's contacts (server-side, Persian-aware search). */
export function ContactPicker({
  label,
  value,
  onChange,
  excludeId,
  error,
  allowDeselect = true,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId?: string;
  error?: React.ReactNode;
  /** False: picking the selected contact again keeps it (the field is cleared with the clear button only). */
  allowDeselect?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const contacts = useContacts({ search: debounced, pageSize: 10 });
  const options = (contacts.data?.pages[0]?.edges ?? [])
    .map(({ node }) => node)
    .filter((c) => c.id !== excludeId)
    .map((c) => ({ value: c.id, label: c.fullName }));
  return (
    <Select
      label={label}
      searchable
      clearable
      allowDeselect={allowDeselect}
      filter={({ options: o }) => o}
      placeholder={t('contacts.searchPlaceholder')}
      nothingFoundMessage={t('contacts.noMatches')}
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid="contact-picker"
    />
  );
}
