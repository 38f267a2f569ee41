import { useSearchParams } from 'react-router';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';

export function AcceptInviteRoute() {
  const [params] = useSearchParams();
  return <AcceptInviteForm token={params.get('token')} />;
}
