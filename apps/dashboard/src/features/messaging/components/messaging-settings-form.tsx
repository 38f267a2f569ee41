import {
  Alert,
  Button,
  Card,
  Divider,
  Fieldset,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { toPersianDigits } from '@peyvand/text';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import type { MessagingSettingsFieldsFragment, SmsProviderKind } from '@/gql/graphql';
import { usePermission, useViewer } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useMessagingSettings } from '../api/get-messaging-settings';
import { useUpdateMessagingSettings } from '../api/update-messaging-settings';
import { translatingForm } from '../lib/server-text';
import { credentialFieldsFor, formToInput, settingsToForm, type CredentialField, type SettingsFormValues } from '../lib/settings-form';
import { SMS_PROVIDERS } from '../lib/status';
import { textDirection } from '../lib/text-direction';
import { minutesToTime, timeToMinutes } from '../lib/time-of-day';
import { KeyValueEditor } from './key-value-editor';
import { SecretField } from './secret-field';
import { TestMessageBox } from './test-message-box';

/** Channel settings of the workspace: email sender and DKIM, SMS provider, rates and quiet hours; then a test message. */
export function MessagingSettingsPage() {
  const { t } = useTranslation();
  const allowed = usePermission(PERMISSIONS.messagingSettings);
  const settings = useMessagingSettings(allowed);
  if (!allowed) return <Alert color="gray" variant="light" data-testid="messaging-settings-forbidden">{t('messaging.settings.forbidden')}</Alert>;
  return (
    <Stack gap="lg" data-testid="messaging-settings">
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.isPending && <Skeleton h={480} radius="lg" />}
      {/* A save returns the new settings (new updatedAt): the form starts again from them, secrets back to "keep". */}
      {settings.data && <SettingsForm key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} />}
      <TestMessageBox />
    </Stack>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** "8:5" → "08:05" for the hint (as typed while it is not a time yet). */
const clock = (value: string) => {
  const minutes = timeToMinutes(value);
  return minutes === null ? value : minutesToTime(minutes);
};

/** "Name <address>": the name in its own direction, the address left to right (so both read right in Persian). */
function MailboxText({ value }: { value: string }) {
  const m = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  if (!m || !m[1]) return <Ltr>{m ? m[2] : value}</Ltr>;
  return (
    <>
      <bdi>{m[1]}</bdi> <Ltr>{`<${m[2]}>`}</Ltr>
    </>
  );
}

function Section({ title, description, children, testId }: { title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder radius="lg" padding="lg" data-testid={testId}>
      <Title order={3} size="h5">{title}</Title>
      {description && <Text size="sm" c="dimmed" mt={4}>{description}</Text>}
      <Stack mt="md">{children}</Stack>
    </Card>
  );
}

function SettingsForm({ settings }: { settings: MessagingSettingsFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const digits = (text: string) => (i18n.language === 'fa' ? toPersianDigits(text) : text);
  const timezone = useViewer().data?.workspace.timezone ?? 'Asia/Tehran';
  const save = useUpdateMessagingSettings();
  const [saveError, setSaveError] = useState<unknown>(null);
  const storedCredentials = new Set(settings.smsCredentialFields);

  const perSecond = (v: number | string) => (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 10_000 ? null : t('messaging.settings.rateRule'));
  const optionalEmail = (v: string) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('validation.email'));
  const time = (v: string) => (timeToMinutes(v) === null ? t('validation.time') : null);
  const form = useForm<SettingsFormValues>({
    initialValues: settingsToForm(settings),
    validate: {
      emailFromAddress: optionalEmail,
      emailReplyTo: optionalEmail,
      emailPerSecond: perSecond,
      smsPerSecond: perSecond,
      quietHoursStart: time,
      quietHoursEnd: time,
      dkimPrivateKey: (v, values) => (values.dkimKeyMode === 'replace' && !v.trim() ? t('validation.required') : null),
      smsGateway: { url: (v, values) => (values.smsProvider === 'HTTP_GATEWAY' && !v.trim() ? t('validation.required') : null) },
      smsCredentials: {
        apiKey: (v, values) => {
          if (values.credentialModes.apiKey === 'replace' && !v) return t('validation.required');
          const stored = storedCredentials.has('apiKey') && values.credentialModes.apiKey === 'keep';
          return values.smsProvider === 'KAVENEGAR' && !stored && !v ? t('messaging.fieldErrors.kavenegarKey') : null;
        },
        username: (v, values) => (values.credentialModes.username === 'replace' && !v ? t('validation.required') : null),
        password: (v, values) => (values.credentialModes.password === 'replace' && !v ? t('validation.required') : null),
      },
    },
  });
  const values = form.getValues();
  const provider = values.smsProvider;
  const saving = save.isPending;

  const submit = form.onSubmit((v) => {
    setSaveError(null);
    save.mutate(formToInput(v), {
      onSuccess: () => notifySuccess(t('messaging.settings.saved')),
      onError: (error) => {
        if (!applyFieldErrors(translatingForm(form, t), error)) setSaveError(error);
      },
    });
  });

  const credential = (field: CredentialField, label: string, description?: ReactNode) => (
    <SecretField
      key={field}
      label={label}
      description={description}
      isSet={storedCredentials.has(field)}
      mode={values.credentialModes[field]}
      onModeChange={(mode) => form.setFieldValue(`credentialModes.${field}`, mode)}
      value={values.smsCredentials[field]}
      onChange={(value) => form.setFieldValue(`smsCredentials.${field}`, value)}
      error={form.errors[`smsCredentials.${field}`]}
      testId={`secret-${field}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="messaging-settings-form">
      <Fieldset variant="unstyled" disabled={saving}>
        <Stack gap="lg">
          {saveError != null && <ErrorAlert error={saveError} />}

          <Section title={t('messaging.settings.email.title')} description={t('messaging.settings.email.description')} testId="settings-email">
            <Text size="sm" data-testid="settings-email-from">
              {t('messaging.settings.email.sentAs')} <MailboxText value={settings.emailFrom} />
            </Text>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput label={t('messaging.settings.email.fromName')} placeholder={t('messaging.settings.serverDefault')} dir={textDirection(values.emailFromName, i18n.language === 'fa' ? 'rtl' : 'ltr')} data-testid="settings-from-name" {...form.getInputProps('emailFromName')} />
              <TextInput label={t('messaging.settings.email.fromAddress')} placeholder={t('messaging.settings.serverDefault')} dir="ltr" type="email" data-testid="settings-from-address" {...form.getInputProps('emailFromAddress')} />
              <TextInput label={t('messaging.settings.email.replyTo')} dir="ltr" type="email" data-testid="settings-reply-to" {...form.getInputProps('emailReplyTo')} />
            </SimpleGrid>
            <Divider label={t('messaging.settings.dkim.title')} labelPosition="left" />
            <Text size="sm" c="dimmed">{t('messaging.settings.dkim.description')}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label={t('messaging.settings.dkim.domain')} placeholder="example.ir" dir="ltr" data-testid="settings-dkim-domain" {...form.getInputProps('dkimDomain')} />
              <TextInput label={t('messaging.settings.dkim.selector')} placeholder="peyvand" dir="ltr" data-testid="settings-dkim-selector" {...form.getInputProps('dkimSelector')} />
            </SimpleGrid>
            {values.dkimDomain.trim() && values.dkimSelector.trim() && (
              <Text size="xs" c="dimmed">
                {t('messaging.settings.dkim.dnsHint')} <Ltr>{`${values.dkimSelector.trim()}._domainkey.${values.dkimDomain.trim()}`}</Ltr>
              </Text>
            )}
            <SecretField
              label={t('messaging.settings.dkim.privateKey')}
              description={t('messaging.settings.dkim.privateKeyHint')}
              isSet={settings.dkimKeySet}
              mode={values.dkimKeyMode}
              onModeChange={(mode) => form.setFieldValue('dkimKeyMode', mode)}
              value={values.dkimPrivateKey}
              onChange={(value) => form.setFieldValue('dkimPrivateKey', value)}
              error={form.errors.dkimPrivateKey}
              multiline
              placeholder="-----BEGIN PRIVATE KEY-----"
              testId="secret-dkim"
            />
          </Section>

          <Section title={t('messaging.settings.sms.title')} description={t('messaging.settings.sms.description')} testId="settings-sms">
            <Select
              label={t('messaging.settings.sms.provider')}
              description={t(`messaging.settings.sms.providerHint.${provider}`)}
              allowDeselect={false}
              data={SMS_PROVIDERS.map((p) => ({ value: p, label: t(`enums.SmsProviderKind.${p}`) }))}
              comboboxProps={{ withinPortal: true }}
              maw={420}
              data-testid="settings-sms-provider"
              {...form.getInputProps('smsProvider')}
              onChange={(v) => v && form.setFieldValue('smsProvider', v as SmsProviderKind)}
            />
            {provider === 'NONE' && <Alert color="yellow" variant="light">{t('messaging.settings.sms.noneWarning')}</Alert>}
            {provider !== 'NONE' && (
              <TextInput
                label={t('messaging.settings.sms.sender')}
                description={t('messaging.settings.sms.senderHint')}
                dir="ltr"
                inputMode="numeric"
                maw={320}
                data-testid="settings-sms-sender"
                {...form.getInputProps('smsSender')}
              />
            )}
            {provider === 'KAVENEGAR' && (
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {credential('apiKey', t('messaging.settings.sms.kavenegarKey'))}
                <TextInput
                  label={t('messaging.settings.sms.kavenegarUrl')}
                  description={t('messaging.settings.sms.kavenegarUrlHint')}
                  placeholder="https://api.kavenegar.com"
                  dir="ltr"
                  data-testid="settings-kavenegar-url"
                  {...form.getInputProps('kavenegarUrl')}
                />
              </SimpleGrid>
            )}
            {provider === 'HTTP_GATEWAY' && (
              <Stack data-testid="settings-gateway">
                <Text size="sm" c="dimmed">
                  {t('messaging.settings.gateway.variablesHint')}{' '}
                  <Ltr>{'{{to}} {{text}} {{sender}} {{localId}} {{apiKey}} {{username}} {{password}}'}</Ltr>
                </Text>
                {form.errors.smsGateway && <Text size="sm" c="red">{form.errors.smsGateway}</Text>}
                <TextInput label={t('messaging.settings.gateway.url')} required dir="ltr" placeholder="https://sms.example.ir/api/send" data-testid="settings-gateway-url" {...form.getInputProps('smsGateway.url')} />
                <Group gap="xl" align="flex-start">
                  <Input.Wrapper label={t('messaging.settings.gateway.method')} description={t('messaging.settings.gateway.methodHint')}>
                    <SegmentedControl mt={4} data={['POST', 'GET']} {...form.getInputProps('smsGateway.method')} />
                  </Input.Wrapper>
                  <Input.Wrapper label={t('messaging.settings.gateway.contentType')}>
                    <div>
                      <SegmentedControl
                        mt={4}
                        disabled={values.smsGateway.method === 'GET'}
                        data={[
                          { value: 'FORM', label: t('messaging.settings.gateway.form') },
                          { value: 'JSON', label: 'JSON' },
                        ]}
                        {...form.getInputProps('smsGateway.contentType')}
                      />
                    </div>
                  </Input.Wrapper>
                  <Select
                    label={t('messaging.settings.gateway.numberFormat')}
                    allowDeselect={false}
                    data={[
                      { value: 'E164', label: '+989121234567' },
                      { value: 'NATIONAL', label: '09121234567' },
                      { value: 'INTERNATIONAL_NO_PLUS', label: '989121234567' },
                    ]}
                    comboboxProps={{ withinPortal: true }}
                    w={220}
                    dir="ltr"
                    {...form.getInputProps('smsGateway.numberFormat')}
                  />
                </Group>
                <KeyValueEditor
                  label={t('messaging.settings.gateway.headers')}
                  value={values.smsGateway.headers}
                  onChange={(rows) => form.setFieldValue('smsGateway.headers', rows)}
                  error={form.errors['smsGateway.headers']}
                  namePlaceholder={t('messaging.settings.gateway.headerName')}
                  valuePlaceholder={t('messaging.settings.gateway.template')}
                  testId="settings-gateway-headers"
                />
                <KeyValueEditor
                  label={t('messaging.settings.gateway.body')}
                  description={t('messaging.settings.gateway.bodyHint')}
                  value={values.smsGateway.body}
                  onChange={(rows) => form.setFieldValue('smsGateway.body', rows)}
                  error={form.errors['smsGateway.body']}
                  namePlaceholder={t('messaging.settings.gateway.fieldName')}
                  valuePlaceholder={t('messaging.settings.gateway.template')}
                  testId="settings-gateway-body"
                />
                <SimpleGrid cols={{ base: 1, md: 3 }}>
                  <TextInput label={t('messaging.settings.gateway.idPath')} description={t('messaging.settings.gateway.idPathHint')} placeholder="entries.0.messageid" dir="ltr" {...form.getInputProps('smsGateway.idPath')} />
                  <TextInput label={t('messaging.settings.gateway.successPath')} description={t('messaging.settings.gateway.successPathHint')} placeholder="return.status" dir="ltr" {...form.getInputProps('smsGateway.successPath')} />
                  <TextInput label={t('messaging.settings.gateway.successValue')} placeholder="200" dir="ltr" disabled={!values.smsGateway.successPath.trim()} {...form.getInputProps('smsGateway.successValue')} />
                </SimpleGrid>
                <Divider label={t('messaging.settings.gateway.credentials')} labelPosition="left" />
                <SimpleGrid cols={{ base: 1, md: 3 }}>
                  {credentialFieldsFor(provider).map((field) => credential(field, t(`messaging.settings.gateway.credential.${field}`)))}
                </SimpleGrid>
              </Stack>
            )}
          </Section>

          <Section title={t('messaging.settings.limits.title')} description={t('messaging.settings.limits.description')} testId="settings-limits">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <NumberInput label={t('messaging.settings.limits.emailPerSecond')} min={1} max={10_000} allowDecimal={false} data-testid="settings-email-rate" {...form.getInputProps('emailPerSecond')} />
              <NumberInput label={t('messaging.settings.limits.smsPerSecond')} min={1} max={10_000} allowDecimal={false} data-testid="settings-sms-rate" {...form.getInputProps('smsPerSecond')} />
              <TextInput label={t('messaging.settings.limits.quietStart')} placeholder="22:00" inputMode="numeric" maxLength={5} dir="ltr" data-testid="settings-quiet-start" {...form.getInputProps('quietHoursStart')} />
              <TextInput label={t('messaging.settings.limits.quietEnd')} placeholder="08:00" inputMode="numeric" maxLength={5} dir="ltr" data-testid="settings-quiet-end" {...form.getInputProps('quietHoursEnd')} />
            </SimpleGrid>
            <Text size="sm" c="dimmed" data-testid="quiet-hours-hint">
              {timeToMinutes(values.quietHoursStart) === timeToMinutes(values.quietHoursEnd)
                ? t('messaging.settings.limits.quietOff')
                : t('messaging.settings.limits.quietHint', { start: digits(clock(values.quietHoursStart)), end: digits(clock(values.quietHoursEnd)) })}{' '}
              {t('messaging.settings.limits.timezone')} <Ltr>{timezone}</Ltr>
            </Text>
          </Section>

          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {settings.updatedAt ? (
                <>
                  {t('messaging.settings.lastSaved')} <DateText value={settings.updatedAt} withTime />
                </>
              ) : (
                t('messaging.settings.neverSaved')
              )}
            </Text>
            <Button type="submit" loading={saving} data-testid="settings-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
