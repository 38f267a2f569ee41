import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../lib/status';

export function MessageStatusBadge({ status, ...props }: { status: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status] ?? 'gray'} miw="max-content" data-testid="message-status" data-status={status} {...props}>
      {t(`enums.MessageStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
