import { Avatar, Badge, Button, Card, Group, Menu, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { PhoneText } from '@/components/phone-text';
import { CONSENT_CHANNELS, LIFECYCLE_STAGES } from '@/config/constants';
import { paths } from '@/config/paths';
import type { ConsentChannel, ConsentStatus, ContactDetailFieldsFragment, LifecycleStage } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useChangeContactStage } from '../api/change-contact-stage';
import { useDeleteContact } from '../api/delete-contact';
import { useSetContactConsent } from '../api/set-contact-consent';
import { ContactFormModal } from './contact-form-modal';
import { StageBadge } from './stage-badge';

const CONSENT_COLORS: Record<string, string> = { GRANTED: 'teal', WITHDRAWN: 'red', UNKNOWN: 'gray' };

export function ContactHeader({ contact, canWrite }: { contact: ContactDetailFieldsFragment; canWrite: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editOpened, edit] = useDisclosure(false);
  const [stageOpened, stageModal] = useDisclosure(false);
  const remove = useDeleteContact();
  const setConsent = useSetContactConsent();

  return (
    <Card withBorder radius="lg" padding="lg" mb="lg" data-testid="contact-header">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Group align="flex-start" wrap="nowrap">
          <Avatar size={64} radius="xl" color="cyan" name={contact.fullName} />
          <Stack gap={6}>
            <Group gap="xs">
              <Title order={2} data-testid="contact-full-name">{contact.fullName}</Title>
              <StageBadge stage={contact.stage} size="lg" />
            </Group>
            <Group gap="lg">
              <Text size="sm" data-testid="contact-primary-phone"><PhoneText value={contact.primaryPhone} /></Text>
              <Text size="sm" c="dimmed">
                {t('contacts.fields.owner')}: <bdi>{contact.owner?.fullName ?? t('contacts.noOwner')}</bdi>
              </Text>
            </Group>
            {contact.tags.length > 0 && (
              <Group gap={4}>
                {contact.tags.map((tag) => (
                  <Badge key={tag} size="sm" variant="outline" tt="none">{tag}</Badge>
                ))}
              </Group>
            )}
            <Group gap={6} data-testid="consents">
              {CONSENT_CHANNELS.map((channel) => {
                const status = contact.consents.find((c) => c.channel === channel)?.status ?? 'UNKNOWN';
                const badge = (
                  <Badge
                    variant="dot"
                    color={CONSENT_COLORS[status]}
                    style={canWrite ? { cursor: 'pointer' } : undefined}
                    data-testid={`consent-${channel}`}
                    data-status={status}
                  >
                    {t(`enums.ConsentChannel.${channel}`)}: {t(`enums.ConsentStatus.${status}`)}
                  </Badge>
                );
                if (!canWrite) return <span key={channel}>{badge}</span>;
                return (
                  <Menu key={channel} withinPortal position="bottom-start">
                    <Menu.Target>{badge}</Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Label>{t('contacts.consent.change', { channel: t(`enums.ConsentChannel.${channel}`) })}</Menu.Label>
                      {(['GRANTED', 'WITHDRAWN'] as ConsentStatus[]).map((next) => (
                        <Menu.Item
                          key={next}
                          disabled={next === status}
                          data-testid={`consent-${channel}-${next}`}
                          onClick={() =>
                            setConsent.mutate(
                              { contactId: contact.id, channel: channel as ConsentChannel, status: next, source: 'dashboard' },
                              { onSuccess: () => notifySuccess(t('contacts.consent.saved')), onError: notifyError },
                            )
                          }
                        >
                          {t(`enums.ConsentStatus.${next}`)}
                        </Menu.Item>
                      ))}
                    </Menu.Dropdown>
                  </Menu>
                );
              })}
            </Group>
          </Stack>
        </Group>
        {canWrite && (
          <Group gap="xs">
            <Button variant="light" onClick={stageModal.open} data-testid="change-stage-button">{t('contacts.stage.change')}</Button>
            <Button variant="default" onClick={edit.open} data-testid="edit-contact-button">{t('common.edit')}</Button>
            <ConfirmButton
              label={t('common.delete')}
              confirmTitle={t('contacts.deleteConfirmTitle')}
              confirmMessage={t('contacts.deleteConfirm', { name: contact.fullName })}
              loading={remove.isPending}
              size="sm"
              data-testid="delete-contact-button"
              onConfirm={() =>
                remove.mutate(contact.id, {
                  onSuccess: () => {
                    notifySuccess(t('contacts.deleted'));
                    navigate(paths.contacts);
                  },
                  onError: notifyError,
                })
              }
            />
          </Group>
        )}
      </Group>
      {canWrite && <ContactFormModal opened={editOpened} onClose={edit.close} contact={contact} />}
      {canWrite && <ChangeStageModal opened={stageOpened} onClose={stageModal.close} contact={contact} />}
    </Card>
  );
}

function ChangeStageModal({ opened, onClose, contact }: { opened: boolean; onClose: () => void; contact: ContactDetailFieldsFragment }) {
  const { t } = useTranslation();
  const change = useChangeContactStage();
  const [stage, setStage] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setStage(null);
    setReason('');
    setError(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('contacts.stage.change')} centered>
      <Stack>
        <Select
          label={t('contacts.stage.newStage')}
          required
          data={LIFECYCLE_STAGES.filter((s) => s !== contact.stage).map((s) => ({ value: s, label: t(`enums.LifecycleStage.${s}`) }))}
          value={stage}
          onChange={setStage}
          comboboxProps={{ withinPortal: true }}
          data-testid="stage-select"
        />
        <Textarea
          label={t('contacts.stage.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          error={error}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          data-testid="stage-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button
            disabled={!stage}
            loading={change.isPending}
            data-testid="stage-submit"
            onClick={() => {
              if (!reason.trim()) return setError(t('validation.required'));
              change.mutate(
                { contactId: contact.id, stage: stage as LifecycleStage, reason: reason.trim() },
                {
                  onSuccess: () => {
                    notifySuccess(t('contacts.stage.changed'));
                    close();
                  },
                  onError: notifyError,
                },
              );
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
