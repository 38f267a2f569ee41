import { ImportWizard } from '@/features/contacts/components/import-wizard';

export function ContactsImportRoute() {
  return <ImportWizard />;
}
