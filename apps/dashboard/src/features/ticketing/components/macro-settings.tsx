import { Button, Card, Group, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { toLatinDigits, toPersianDigits } from '@peyvand/text';
import { fieldErrorsOf } from '@peyvand/web';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { textDirection } from '@/features/messaging/lib/text-direction';
import type { TicketingSettings } from '@/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { useDeleteTicketMacro, useSaveTicketMacro, useTicketMacros } from '../api/ticket-macros';
import { useTicketingSettings, useUpdateTicketingSettings } from '../api/ticketing-settings';

export const MACRO_VARIABLES = ['contact.firstName', 'contact.fullName', 'ticket.number', 'ticket.subject', 'workspace.name'] as const;

function MacroEditor({ macro, onDone }: { macro: { id: string; name: string; body: string } | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTicketMacro();
  const [name, setName] = useState(macro?.name ?? '');
  const [body, setBody] = useState(macro?.body ?? '');
  // The server names the field and why ({{coupon.code}} cannot be used …, a typo's suggestion).
  const fields = save.error ? fieldErrorsOf(save.error) : {};
  const submit = () =>
    save.mutate({ id: macro?.id, input: { name: name.trim(), body: body.trim() } }, {
      onSuccess: () => {
        notifySuccess(t('tickets.settings.saved'));
        setName('');
        setBody('');
        onDone();
      },
    });
  return (
    <Stack gap="xs" data-testid="macro-editor">
      <TextInput size="xs" label={t('tickets.macros.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} data-testid="macro-name" />
      <Textarea
        size="xs"
        autosize
        minRows={3}
        label={t('tickets.macros.body')}
        description={<>{t('tickets.macros.variables')} <bdi dir="ltr">{MACRO_VARIABLES.map((v) => `{{${v}}}`).join('  ')}</bdi></>}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        dir={textDirection(body, i18n.dir())}
        error={fields.body ? <bdi dir="ltr">{fields.body}</bdi> : undefined}
        data-testid="macro-body"
      />
      <Group gap="xs">
        <Button size="xs" onClick={submit} disabled={!name.trim() || !body.trim()} loading={save.isPending} data-testid="macro-save">{t('common.save')}</Button>
        {macro && <Button size="xs" variant="default" onClick={onDone}>{t('common.cancel')}</Button>}
      </Group>
      {save.isError && !fields.body && !fields.name && <ErrorAlert error={save.error} />}
    </Stack>
  );
}

/** Canned replies: the list, an editor, delete; the composer inserts them with the customer's name and the ticket number. */
export function MacrosCard() {
  const { t } = useTranslation();
  const macros = useTicketMacros();
  const remove = useDeleteTicketMacro();
  const [editing, setEditing] = useState<{ id: string; name: string; body: string } | null>(null);
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="macros-settings">
      <Title order={4}>{t('tickets.macros.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('tickets.macros.hint')}</Text>
      {macros.isError && <ErrorAlert error={macros.error} />}
      <Stack gap="xs">
        {macros.data?.map((m) => (
          <Group key={m.id} justify="space-between" align="flex-start" wrap="nowrap" data-testid="macro-row">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>{m.name}</Text>
              <Text size="xs" c="dimmed" lineClamp={2} dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="subtle" onClick={() => setEditing(m)} data-testid="macro-edit">{t('common.edit')}</Button>
              <ConfirmButton
                size="xs"
                variant="subtle"
                color="red"
                label={t('common.delete')}
                confirmTitle={t('tickets.macros.deleteTitle')}
                confirmMessage={t('tickets.macros.deleteMessage', { name: m.name })}
                onConfirm={() => remove.mutate(m.id)}
                loading={remove.isPending}
              />
            </Group>
          </Group>
        ))}
        {macros.data?.length === 0 && <Text size="sm" c="dimmed">{t('tickets.macros.empty')}</Text>}
        <MacroEditor key={editing?.id ?? 'new'} macro={editing} onDone={() => setEditing(null)} />
      </Stack>
    </Card>
  );
}

function SettingsForm({ settings }: { settings: TicketingSettings }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateTicketingSettings();
  const shown = (n: number) => (i18n.language === 'fa' ? toPersianDigits(String(n)) : String(n));
  const [days, setDays] = useState(shown(settings.autoCloseDays));
  const [keywords, setKeywords] = useState<string[]>(settings.smsKeywords);
  const [csat, setCsat] = useState(settings.csatEnabled);
  useEffect(() => {
    setDays(shown(settings.autoCloseDays));
    setKeywords(settings.smsKeywords);
    setCsat(settings.csatEnabled);
  }, [settings]);
  const daysText = toLatinDigits(days.trim());
  const daysNumber = Number(daysText);
  const validDays = /^\d{1,3}$/.test(daysText) && daysNumber <= 365;
  return (
    <Stack gap="sm">
      <TextInput
        w={260}
        size="xs"
        inputMode="numeric"
        label={t('tickets.settings.general.autoCloseDays')}
        description={t('tickets.settings.general.autoCloseHint')}
        value={days}
        onChange={(e) => setDays(e.currentTarget.value)}
        error={!validDays}
        data-testid="auto-close-days"
      />
      <TagsInput
        size="xs"
        label={t('tickets.settings.general.smsKeywords')}
        description={t('tickets.settings.general.smsKeywordsHint')}
        value={keywords}
        onChange={setKeywords}
        splitChars={[',', '،', ' ']}
        data-testid="sms-keywords"
      />
      <Switch label={t('tickets.settings.general.csat')} description={t('tickets.settings.general.csatHint')} checked={csat} onChange={(e) => setCsat(e.currentTarget.checked)} data-testid="csat-enabled" />
      <Group>
        <Button
          size="xs"
          disabled={!validDays}
          loading={update.isPending}
          onClick={() => update.mutate({ autoCloseDays: daysNumber, smsKeywords: keywords, csatEnabled: csat }, { onSuccess: () => notifySuccess(t('tickets.settings.saved')) })}
          data-testid="ticketing-settings-save"
        >
          {t('common.save')}
        </Button>
      </Group>
      {update.isError && <ErrorAlert error={update.error} />}
    </Stack>
  );
}

/** Auto-close after N days, the first words of an SMS that open a ticket, and the satisfaction survey. */
export function TicketingSettingsCard() {
  const { t } = useTranslation();
  const settings = useTicketingSettings();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="ticketing-settings">
      <Title order={4} mb="sm">{t('tickets.settings.general.title')}</Title>
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && <SettingsForm settings={settings.data} />}
    </Card>
  );
}
