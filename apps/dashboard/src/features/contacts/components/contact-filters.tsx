import { Button, Group, MultiSelect, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTACT_SOURCES, LIFECYCLE_STAGES } from '@/config/constants';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import type { ContactFilter, ContactSource, LifecycleStage } from '@/gql/graphql';
import { useCustomFieldDefinitions } from '../api/get-custom-field-definitions';
import { customFieldsFromForm } from '../lib';
import { CustomFieldInput, type CustomFieldFormValue } from './custom-field-input';

export interface ContactFilterState {
  stages: string[];
  tags: string[];
  ownerId: string | null;
  source: string | null;
  city: string;
  province: string;
  customKey: string | null;
  customValue: CustomFieldFormValue | undefined;
}

export const emptyContactFilter: ContactFilterState = {
  stages: [],
  tags: [],
  ownerId: null,
  source: null,
  city: '',
  province: '',
  customKey: null,
  customValue: undefined,
};

/** UI state → the API's ContactFilter (undefined when nothing is filtered). */
export function useContactFilterInput(state: ContactFilterState): ContactFilter | undefined {
  const defs = useCustomFieldDefinitions().data ?? [];
  const filter: ContactFilter = {};
  if (state.stages.length) filter.stages = state.stages as LifecycleStage[];
  if (state.tags.length) filter.tags = state.tags;
  if (state.ownerId) filter.ownerId = state.ownerId;
  if (state.source) filter.source = state.source as ContactSource;
  if (state.city.trim()) filter.city = state.city.trim();
  if (state.province.trim()) filter.province = state.province.trim();
  const def = defs.find((d) => d.key === state.customKey);
  if (def && state.customValue !== undefined) {
    const custom = customFieldsFromForm([def], { [def.key]: state.customValue });
    if (Object.keys(custom).length) filter.customFields = custom;
  }
  return Object.keys(filter).length ? filter : undefined;
}

export function ContactFilters({ value, onChange }: { value: ContactFilterState; onChange: (v: ContactFilterState) => void }) {
  const { t } = useTranslation();
  const staff = useStaffMembers();
  const defs = useCustomFieldDefinitions().data ?? [];
  const set = (patch: Partial<ContactFilterState>) => onChange({ ...value, ...patch });
  const customDef = defs.find((d) => d.key === value.customKey);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} data-testid="contact-filters">
      <MultiSelect
        label={t('contacts.fields.stage')}
        placeholder={t('contacts.filters.any')}
        clearable
        data={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`enums.LifecycleStage.${s}`) }))}
        value={value.stages}
        onChange={(stages) => set({ stages })}
        data-testid="filter-stage"
      />
      <TagsInput
        label={t('contacts.fields.tags')}
        placeholder={t('contacts.filters.tagsPlaceholder')}
        clearable
        value={value.tags}
        onChange={(tags) => set({ tags })}
        data-testid="filter-tags"
      />
      <Select
        label={t('contacts.fields.owner')}
        placeholder={t('contacts.filters.any')}
        clearable
        data={(staff.data?.edges ?? []).map(({ node }) => ({ value: node.id, label: node.fullName }))}
        value={value.ownerId}
        onChange={(ownerId) => set({ ownerId })}
        data-testid="filter-owner"
      />
      <Select
        label={t('contacts.fields.source')}
        placeholder={t('contacts.filters.any')}
        clearable
        data={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`enums.ContactSource.${s}`) }))}
        value={value.source}
        onChange={(source) => set({ source })}
        data-testid="filter-source"
      />
      <TextInput label={t('contacts.fields.province')} value={value.province} onChange={(e) => set({ province: e.currentTarget.value })} />
      <TextInput
        label={t('contacts.fields.city')}
        value={value.city}
        onChange={(e) => set({ city: e.currentTarget.value })}
        data-testid="filter-city"
      />
      {defs.length > 0 && (
        <Select
          label={t('contacts.filters.customField')}
          placeholder={t('contacts.filters.chooseField')}
          clearable
          data={defs.map((d) => ({ value: d.key, label: d.label }))}
          value={value.customKey}
          onChange={(customKey) => set({ customKey, customValue: undefined })}
          data-testid="filter-custom-key"
        />
      )}
      {customDef && (
        <CustomFieldInput asFilter definition={customDef} value={value.customValue} onChange={(customValue) => set({ customValue })} />
      )}
      <Group align="flex-end">
        <Button variant="subtle" onClick={() => onChange(emptyContactFilter)} data-testid="filter-reset">
          {t('contacts.filters.reset')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}
