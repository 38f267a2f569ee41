import { ContactsList } from '@/features/contacts/components/contacts-list';

export function ContactsRoute() {
  return <ContactsList />;
}
