import { Anchor, Badge, Button, Divider, Drawer, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateText } from '@/components/date-text';
import { IconPhone } from '@/components/icons';
import { PhoneText } from '@/components/phone-text';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';
import { ContactFormModal } from '@/features/contacts/components/contact-form-modal';
import { StageBadge } from '@/features/contacts/components/stage-badge';
import { timelineItemText } from '@/features/contacts/lib/timeline-text';
import type { IncomingCallSubscription as IncomingCallData } from '@/gql/graphql';
import { useAuth } from '@/lib/auth';
import { usePermission } from '@/lib/authorization';
import { directionOf } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { createWsClient } from '@/lib/ws-client';
import { IncomingCallSubscription } from '../api/incoming-call';

type ScreenPop = IncomingCallData['incomingCall'];

/** Subscribes to `incomingCall` while signed in and shows the caller (screen pop). */
export function IncomingCallListener() {
  const { status } = useAuth();
  const queryClient = useQueryClient();
  const [pop, setPop] = useState<ScreenPop | null>(null);

  useEffect(() => {
    if (status !== 'authenticated') return;
    const client = createWsClient();
    const unsubscribe = client.subscribe<IncomingCallData>(
      { query: IncomingCallSubscription.toString() },
      {
        next: (result) => {
          const data = result.data?.incomingCall;
          if (!data) return;
          setPop(data);
          // The call is logged on the timeline: refresh what is on screen.
          void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
        },
        error: () => {
          /* retried by the client */
        },
        complete: () => {},
      },
    );
    return () => {
      unsubscribe();
      void client.dispose();
    };
  }, [status, queryClient]);

  return <ScreenPopDrawer pop={pop} onClose={() => setPop(null)} />;
}

function ScreenPopDrawer({ pop, onClose }: { pop: ScreenPop | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const [creating, setCreating] = useState(false);
  const contact = pop?.contact ?? null;

  return (
    <>
      <Drawer
        opened={!!pop}
        onClose={onClose}
        position={directionOf(i18n.language) === 'rtl' ? 'left' : 'right'}
        size="sm"
        withOverlay={false}
        lockScroll={false}
        trapFocus={false}
        shadow="xl"
        title={
          <Group gap="xs">
            <ThemeIcon color="teal" radius="xl" variant="light"><IconPhone size={16} /></ThemeIcon>
            <Text fw={600}>{t('calls.incoming')}</Text>
          </Group>
        }
        data-testid="incoming-call"
      >
        {pop && (
          <Stack gap="sm">
            <Text size="lg" fw={500}><PhoneText value={pop.phone} /></Text>
            {pop.extension && <Text size="xs" c="dimmed">{t('calls.extension', { extension: pop.extension })}</Text>}
            {contact && !pop.isNewCaller ? (
              <>
                <Group gap="xs">
                  <Title order={3} size="h4" data-testid="incoming-call-name">{contact.fullName}</Title>
                  <StageBadge stage={contact.stage} />
                </Group>
                {contact.owner && <Text size="sm" c="dimmed">{t('contacts.fields.owner')}: <bdi>{contact.owner.fullName}</bdi></Text>}
                <Badge variant="light" color={pop.openTasks ? 'orange' : 'gray'} w="fit-content">
                  {t('calls.openTasks', { count: pop.openTasks, formatted: formatNumber(pop.openTasks, i18n.language) })}
                </Badge>
                <Divider label={t('calls.lastInteractions')} labelPosition="left" />
                {pop.lastInteractions.length === 0 && <Text size="sm" c="dimmed">{t('contacts.timeline.empty')}</Text>}
                {pop.lastInteractions.map((item) => (
                  <div key={item.id}>
                    <Text size="sm">
                      <Badge size="xs" variant="light" me={6}>{t(`enums.TimelineKind.${item.kind}`)}</Badge>
                      {timelineItemText(item, t, i18n.language).summary}
                    </Text>
                    <Text size="xs" c="dimmed"><DateText value={item.occurredAt} withTime /></Text>
                  </div>
                ))}
                <Button
                  mt="sm"
                  component={Link}
                  to={paths.contact(contact.id)}
                  onClick={onClose}
                  data-testid="incoming-call-open"
                >
                  {t('calls.open360')}
                </Button>
              </>
            ) : (
              <>
                <Title order={3} size="h4" data-testid="incoming-call-new">{t('calls.newCaller')}</Title>
                <Text size="sm" c="dimmed">{t('calls.newCallerHint')}</Text>
                {canWrite && (
                  <Button onClick={() => setCreating(true)} data-testid="incoming-call-create">{t('calls.createContact')}</Button>
                )}
                <Anchor component={Link} to={paths.contacts} size="sm" onClick={onClose}>{t('nav.contacts')}</Anchor>
              </>
            )}
          </Stack>
        )}
      </Drawer>
      {canWrite && (
        <ContactFormModal
          opened={creating}
          onClose={() => setCreating(false)}
          prefill={{ phone: pop?.phone }}
          onSaved={(c) => {
            onClose();
            navigate(paths.contact(c.id));
          }}
        />
      )}
    </>
  );
}
