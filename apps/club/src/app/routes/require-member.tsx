import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useClub } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { FullPageLoader } from './full-page-loader';

/** Pages of the member panel: visitors are sent to sign in and come back here. */
export function RequireMember() {
  const { status } = useSession();
  const { slug } = useClub();
  const location = useLocation();
  if (status === 'restoring') return <FullPageLoader />;
  if (status === 'visitor') {
    return <Navigate to={`${paths.login(slug)}?redirect=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <Outlet />;
}
