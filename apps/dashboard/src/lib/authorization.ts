import { useViewerQuery } from '@/features/auth/api/get-viewer';
import { useAuth } from './auth';

/** The signed-in viewer (from the cache filled at sign-in / refresh). */
export function useViewer() {
  const { status } = useAuth();
  return useViewerQuery(status === 'authenticated');
}

/** True when the viewer holds the permission (e.g. `staff:manage`). */
export function usePermission(permission: string): boolean {
  const { data } = useViewer();
  return data?.permissions.includes(permission) ?? false;
}
