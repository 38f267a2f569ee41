import { Anchor, Button, Group, Skeleton, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useMessages } from '@/features/messaging/api/get-messages';
import { MessageDrawer } from '@/features/messaging/components/message-drawer';
import { MessagesTable } from '@/features/messaging/components/messages-table';
import { SendMessageModal } from '@/features/messaging/components/send-message-modal';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { SectionCard } from './section-card';

/** The contact's messages (the outbox filtered to them) and the "send message" action. */
export function ContactMessages({ contact }: { contact: ContactDetailFieldsFragment }) {
  const { t } = useTranslation();
  const canRead = usePermission(PERMISSIONS.messagesRead);
  const canSend = usePermission(PERMISSIONS.messagesSend);
  const [sendOpened, sendModal] = useDisclosure(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (!canRead && !canSend) return null;
  return (
    <SectionCard
      title={t('contacts.sections.messages')}
      testId="contact-messages"
      actions={
        canSend && (
          <Button size="xs" onClick={sendModal.open} data-testid="send-message-button">
            {t('messaging.send.button')}
          </Button>
        )
      }
    >
      {canRead ? <ContactMessageList contactId={contact.id} onOpen={setOpenId} /> : <Text size="sm" c="dimmed">{t('messaging.send.hint')}</Text>}
      {canSend && <SendMessageModal contact={contact} opened={sendOpened} onClose={sendModal.close} />}
      {canRead && <MessageDrawer messageId={openId} onClose={() => setOpenId(null)} />}
    </SectionCard>
  );
}

function ContactMessageList({ contactId, onOpen }: { contactId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const messages = useMessages({ contactId }, 5);
  const rows = messages.data?.pages[0]?.edges.map((e) => e.node) ?? [];
  const total = messages.data?.pages[0]?.totalCount ?? 0;
  if (messages.isError) return <ErrorAlert error={messages.error} />;
  if (messages.isPending) return <Skeleton h={80} />;
  if (rows.length === 0) return <Text size="sm" c="dimmed" data-testid="contact-messages-empty">{t('messaging.contact.empty')}</Text>;
  return (
    <>
      <MessagesTable messages={rows} onOpen={onOpen} showContact={false} compact />
      {total > rows.length && (
        <Group justify="center" mt="xs">
          <Anchor component={Link} to={`${paths.messages}?contact=${encodeURIComponent(contactId)}`} size="sm" data-testid="contact-messages-all">
            {t('messaging.contact.viewAll')}
          </Anchor>
        </Group>
      )}
    </>
  );
}
