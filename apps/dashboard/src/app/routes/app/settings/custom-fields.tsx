import { CustomFieldsSettings } from '@/features/contacts/components/custom-fields-settings';

export function CustomFieldsRoute() {
  return <CustomFieldsSettings />;
}
