import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput, emptyCalendarDate, type CalendarDateValue } from '@/components/calendar-date-input';
import type { CustomFieldDefinitionsQuery } from '@/gql/graphql';

export type CustomFieldDefinition = CustomFieldDefinitionsQuery['customFieldDefinitions'][number];

/**
 * Form value of one custom field while editing: text for TEXT/NUMBER/SELECT, string[] for MULTI_SELECT,
 * a CalendarDateValue for DATE (sent as an ISO Gregorian date).
 */
export type CustomFieldFormValue = string | string[] | CalendarDateValue;

interface Props {
  definition: CustomFieldDefinition;
  value: CustomFieldFormValue | undefined;
  onChange: (value: CustomFieldFormValue) => void;
  error?: React.ReactNode;
  /** Filters never require a value. */
  asFilter?: boolean;
}

export function CustomFieldInput({ definition, value, onChange, error, asFilter }: Props) {
  const { i18n } = useTranslation();
  const common = {
    label: definition.label,
    required: !asFilter && definition.required,
    error,
    'data-testid': `custom-field-${definition.key}`,
  };
  switch (definition.type) {
    case 'SELECT':
      return (
        <Select
          {...common}
          clearable
          data={definition.options}
          value={typeof value === 'string' && value ? value : null}
          onChange={(v) => onChange(v ?? '')}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'MULTI_SELECT':
      return (
        <MultiSelect
          {...common}
          clearable
          data={definition.options}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'DATE':
      return (
        <CalendarDateInput
          label={definition.label}
          required={common.required}
          error={error}
          yearOptional={false}
          value={value && typeof value === 'object' && !Array.isArray(value) ? value : emptyCalendarDate(i18n.language)}
          onChange={onChange}
          data-testid={common['data-testid']}
        />
      );
    case 'NUMBER':
      return (
        <TextInput
          {...common}
          inputMode="decimal"
          dir="ltr"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    default:
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
