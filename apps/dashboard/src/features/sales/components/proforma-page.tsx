import { Skeleton } from '@mantine/core';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { usePermission } from '@/lib/authorization';
import { useProforma } from '../api/get-proforma';
import { ProformaEditor } from './proforma-editor';
import { ProformaView } from './proforma-view';

/** One pro-forma: editable while it is a draft (for those who may write orders), read-only afterwards. */
export function ProformaPage({ id }: { id: string }) {
  const proforma = useProforma(id);
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  if (proforma.isError) return <ErrorAlert error={proforma.error} />;
  if (!proforma.data) return <Skeleton h={320} radius="lg" />;
  if (proforma.data.status === 'DRAFT' && canWrite) return <ProformaEditor key={proforma.data.id} proforma={proforma.data} />;
  return <ProformaView proforma={proforma.data} />;
}
