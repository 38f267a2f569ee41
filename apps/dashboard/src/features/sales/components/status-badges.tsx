import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus, PaymentStatus, ProformaStatus, WarehouseIssueStatus } from '@/gql/graphql';

const PROFORMA_COLORS: Record<ProformaStatus, string> = { DRAFT: 'gray', CONFIRMED: 'blue', INVOICED: 'teal', CANCELLED: 'red', EXPIRED: 'orange' };
const PAYMENT_COLORS: Record<PaymentStatus, string> = { UNPAID: 'red', PARTLY_PAID: 'yellow', PAID: 'teal' };
const ISSUE_COLORS: Record<WarehouseIssueStatus, string> = { ISSUED: 'blue', SHIPPED: 'indigo', DELIVERED: 'teal', RETURNED: 'orange', CANCELLED: 'red' };

export function ProformaStatusBadge({ status }: { status: ProformaStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={PROFORMA_COLORS[status]} variant="light" tt="none" data-testid="proforma-status" data-status={status}>
      {t(`sales.enums.ProformaStatus.${status}`)}
    </Badge>
  );
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={PAYMENT_COLORS[status]} variant="light" tt="none" data-testid="payment-status" data-status={status}>
      {t(`sales.enums.PaymentStatus.${status}`)}
    </Badge>
  );
}

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  if (status === 'ISSUED') return null;
  return (
    <Badge color="red" variant="filled" tt="none" data-testid="invoice-status" data-status={status}>
      {t(`sales.enums.InvoiceStatus.${status}`)}
    </Badge>
  );
}

export function IssueStatusBadge({ status }: { status: WarehouseIssueStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ISSUE_COLORS[status]} variant="light" tt="none" data-testid="issue-status" data-status={status}>
      {t(`sales.enums.WarehouseIssueStatus.${status}`)}
    </Badge>
  );
}
