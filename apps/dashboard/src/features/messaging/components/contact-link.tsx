import { Anchor, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useContactName } from '../api/get-contact-name';

/**
 * The contact's name, linking to its 360 page. Messages to staff (alerts) have a member instead of a contact.
 * With `contact` (fetched with the message) no lookup is made; without it the name is looked up by id.
 */
export function ContactLink({
  contactId,
  contact: given,
  memberId,
  size = 'sm',
}: {
  contactId: string | null | undefined;
  contact?: { id: string; fullName: string } | null;
  memberId?: string | null;
  size?: string;
}) {
  const { t } = useTranslation();
  const looked = useContactName(given === undefined ? contactId : null);
  if (!contactId) return <Text size={size} c="dimmed">{memberId ? t('messaging.staffRecipient') : t('messaging.noContact')}</Text>;
  const name = given !== undefined ? given?.fullName : looked.data?.fullName;
  if (given === undefined && looked.isPending) return <Skeleton h={14} w={90} radius="sm" />;
  if (!name) return <Text size={size} c="dimmed">{t('messaging.contactDeleted')}</Text>;
  return (
    <Anchor component={Link} to={paths.contact(contactId)} size={size} onClick={(e) => e.stopPropagation()} data-testid="message-contact-link">
      <bdi>{name}</bdi>
    </Anchor>
  );
}
