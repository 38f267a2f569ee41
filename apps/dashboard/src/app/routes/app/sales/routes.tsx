import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PERMISSIONS } from '@/config/constants';
import { OpportunityFormModal } from '@/features/pipeline/components/opportunity-form-modal';
import { PipelineBoard } from '@/features/pipeline/components/pipeline-board';
import { SalesPerformanceReport } from '@/features/pipeline/components/sales-performance';
import { InvoiceDetail } from '@/features/sales/components/invoice-detail';
import { InvoicePrint } from '@/features/sales/components/invoice-print';
import { InvoicesList } from '@/features/sales/components/invoices-list';
import { ProformaEditor } from '@/features/sales/components/proforma-editor';
import { ProformaPage } from '@/features/sales/components/proforma-page';
import { ProformasList } from '@/features/sales/components/proformas-list';
import { usePermission } from '@/lib/authorization';

export function ProformasRoute() {
  return <ProformasList />;
}

export function NewProformaRoute() {
  const [params] = useSearchParams();
  return <ProformaEditor initialContactId={params.get('contact')} />;
}

export function ProformaRoute() {
  const { id = '' } = useParams();
  return <ProformaPage key={id} id={id} />;
}

export function InvoicesRoute() {
  return <InvoicesList />;
}

export function InvoiceRoute() {
  const { id = '' } = useParams();
  return <InvoiceDetail key={id} id={id} />;
}

export function InvoicePrintRoute() {
  const { id = '' } = useParams();
  return <InvoicePrint key={id} id={id} />;
}

export function PipelineRoute() {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canWrite && (
        <Group justify="flex-end" mb="sm">
          <Button onClick={() => setCreating(true)} data-testid="new-opportunity">{t('pipeline.form.newTitle')}</Button>
        </Group>
      )}
      <PipelineBoard />
      {creating && <OpportunityFormModal opened onClose={() => setCreating(false)} />}
    </>
  );
}

export function SalesPerformanceRoute() {
  return <SalesPerformanceReport />;
}
