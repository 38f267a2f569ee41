import { Anchor, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useContactName } from '../api/get-contact-name';

/** The contact's name, linking to its 360 page (the outbox rows carry only the id). */
/** Messages to staff (alerts) have a member instead of a contact. */
export function ContactLink({ contactId, memberId, size = 'sm' }: { contactId: string | null | undefined; memberId?: string | null; size?: string }) {
  const { t } = useTranslation();
  const contact = useContactName(contactId);
  if (!contactId) return <Text size={size} c="dimmed">{memberId ? t('messaging.staffRecipient') : t('messaging.noContact')}</Text>;
  if (contact.isPending) return <Skeleton h={14} w={90} radius="sm" />;
  if (contact.isError) return <Text size={size} c="dimmed">{t('messaging.contactDeleted')}</Text>;
  return (
    <Anchor component={Link} to={paths.contact(contactId)} size={size} onClick={(e) => e.stopPropagation()} data-testid="message-contact-link">
      <bdi>{contact.data.fullName}</bdi>
    </Anchor>
  );
}
