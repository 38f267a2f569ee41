import { useParams } from 'react-router';
import { Contact360 } from '@/features/contacts/components/contact-360';

export function ContactRoute() {
  const { id = '' } = useParams();
  // Keyed by id: moving to another contact (a duplicate, a related person) starts from a clean state.
  return <Contact360 key={id} id={id} />;
}
