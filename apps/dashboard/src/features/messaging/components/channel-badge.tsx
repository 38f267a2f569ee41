import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconMail, IconMessage } from '@/components/icons';

/** SMS / Email with its icon; never squeezed into an ellipsis by a table column. */
export function ChannelBadge({ channel, ...props }: { channel: string } & BadgeProps) {
  const { t } = useTranslation();
  const Icon = channel === 'EMAIL' ? IconMail : IconMessage;
  return (
    <Badge variant="outline" color="gray" leftSection={<Icon size={12} />} miw="max-content" data-channel={channel} {...props}>
      {t(`enums.MessagingChannel.${channel}`, { defaultValue: channel })}
    </Badge>
  );
}
