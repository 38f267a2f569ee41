import { Anchor, Badge, Button, Card, Fieldset, Grid, Group, Input, SegmentedControl, Skeleton, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useContacts } from '@/features/contacts/api/get-contacts';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { MessagePurpose, MessageTemplateFieldsFragment, MessagingChannel } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCreateMessageTemplate } from '../api/create-message-template';
import { useDeleteMessageTemplate } from '../api/delete-message-template';
import { useMessageTemplate } from '../api/get-message-template';
import { useUpdateMessageTemplate } from '../api/update-message-template';
import { insertAtCursor } from '../lib/insert-at-cursor';
import { translatingForm } from '../lib/server-text';
import { MESSAGE_PURPOSES, MESSAGING_CHANNELS, TEMPLATE_KEY_PATTERN, TEMPLATE_LANGUAGES } from '../lib/status';
import { textDirection } from '../lib/text-direction';
import { SmsPartCounter } from './sms-part-counter';
import { TemplatePreview } from './template-preview';
import { useVariableDescription, VariablePicker } from './variable-picker';

/** `/messages/templates/new` (no id) or `/messages/templates/:id`. */
export function TemplateEditor({ id }: { id?: string }) {
  const { t } = useTranslation();
  const template = useMessageTemplate(id ?? null);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.messageTemplates} size="sm">{t('messaging.templates.backToList')}</Anchor>
      {id && template.isError && <ErrorAlert error={template.error} />}
      {id && template.isPending && <Skeleton h={360} radius="lg" />}
      {(!id || template.data) && <TemplateForm key={template.data?.id ?? 'new'} template={template.data ?? null} />}
    </Stack>
  );
}

interface FormValues {
  name: string;
  key: string;
  channel: MessagingChannel;
  language: string;
  purpose: MessagePurpose;
  subject: string;
  body: string;
}

function TemplateForm({ template }: { template: MessageTemplateFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.templatesWrite);
  const create = useCreateMessageTemplate();
  const update = useUpdateMessageTemplate();
  const remove = useDeleteMessageTemplate();
  const describe = useVariableDescription();
  const saving = create.isPending || update.isPending;
  const [saveError, setSaveError] = useState<unknown>(null);

  const form = useForm<FormValues>({
    initialValues: {
      name: template?.name ?? '',
      key: template?.key ?? '',
      channel: template?.channel ?? 'SMS',
      language: template?.language ?? (i18n.language === 'en' ? 'en' : 'fa'),
      purpose: template?.purpose ?? 'TRANSACTIONAL',
      subject: template?.subject ?? '',
      body: template?.body ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      key: (v) => (!v.trim() ? t('validation.required') : TEMPLATE_KEY_PATTERN.test(v.trim()) ? null : t('messaging.templates.keyRule')),
      subject: (v, values) => (values.channel === 'EMAIL' && !v.trim() ? t('messaging.fieldErrors.subjectRequired') : null),
      body: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const values = form.getValues();
  const textDir = values.language === 'fa' ? 'rtl' : 'ltr';
  const uiDir = i18n.language === 'fa' ? 'rtl' : 'ltr';

  // Where a picked variable goes: the last text field that had the focus (the body by default).
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const lastField = useRef<'body' | 'subject'>('body');
  const insertVariable = (name: string) => {
    const field = values.channel === 'EMAIL' ? lastField.current : 'body';
    const el = field === 'body' ? bodyRef.current : subjectRef.current;
    const { text, caret } = insertAtCursor(values[field], `{{${name}}}`, el?.selectionStart, el?.selectionEnd);
    form.setFieldValue(field, text);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(caret, caret);
    });
  };

  // Preview against a real contact: the first one of the workspace until another is picked.
  const firstContact = useContacts({ pageSize: 1 });
  const [pickedContact, setPickedContact] = useState<string | null | undefined>(undefined);
  const previewContact = pickedContact === undefined ? (firstContact.data?.pages[0]?.edges[0]?.node.id ?? null) : pickedContact;

  const onError = (error: unknown) => {
    if (errorCode(error) === 'CONFLICT') {
      form.setFieldError('key', t('messaging.fieldErrors.keyTakenShort'));
      return;
    }
    if (!applyFieldErrors(translatingForm(form, t), error)) setSaveError(error);
  };

  const submit = form.onSubmit((v) => {
    setSaveError(null);
    const subject = v.channel === 'EMAIL' ? v.subject.trim() : null;
    if (template) {
      update.mutate(
        { id: template.id, input: { name: v.name.trim(), key: v.key.trim(), purpose: v.purpose, subject, body: v.body } },
        {
          onSuccess: (saved) => {
            form.resetDirty({ ...v, subject: saved.subject ?? '' });
            notifySuccess(t('messaging.templates.saved'));
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { name: v.name.trim(), key: v.key.trim(), channel: v.channel, language: v.language, purpose: v.purpose, subject, body: v.body },
        {
          onSuccess: (saved) => {
            notifySuccess(t('messaging.templates.created'));
            navigate(paths.messageTemplate(saved.id), { replace: true });
          },
          onError,
        },
      );
    }
  });

  const usedVariables = template?.variables ?? [];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Card withBorder radius="lg" padding="lg">
          <form onSubmit={submit} noValidate data-testid="template-form">
            <Fieldset variant="unstyled" disabled={saving || !canWrite}>
              <Stack>
                <Group justify="space-between">
                  <Title order={3} size="h4"><bdi>{template ? template.name : t('messaging.templates.newTitle')}</bdi></Title>
                  {!canWrite && <Badge variant="light" color="gray">{t('messaging.templates.readOnly')}</Badge>}
                </Group>
                {saveError != null && <ErrorAlert error={saveError} />}
                <Group grow align="flex-start">
                  <TextInput label={t('messaging.templates.fields.name')} required dir={textDirection(values.name, uiDir)} data-testid="template-name" {...form.getInputProps('name')} />
                  <TextInput
                    label={t('messaging.templates.fields.key')}
                    description={t('messaging.templates.keyHint')}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    required
                    dir="ltr"
                    data-testid="template-key"
                    {...form.getInputProps('key')}
                  />
                </Group>
                <Group gap="xl" align="flex-start" wrap="wrap">
                  <Input.Wrapper label={t('messaging.columns.channel')} description={template ? t('messaging.templates.fixedAfterCreate') : undefined}>
                    <div>
                      <SegmentedControl
                        mt={4}
                        disabled={!!template || saving || !canWrite}
                        data={MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`enums.MessagingChannel.${c}`) }))}
                        data-testid="template-channel"
                        {...form.getInputProps('channel')}
                      />
                    </div>
                  </Input.Wrapper>
                  <Input.Wrapper label={t('messaging.templates.language')} description={template ? t('messaging.templates.fixedAfterCreate') : undefined}>
                    <div>
                      <SegmentedControl
                        mt={4}
                        disabled={!!template || saving || !canWrite}
                        data={TEMPLATE_LANGUAGES.map((l) => ({ value: l, label: t(`messaging.languages.${l}`) }))}
                        data-testid="template-language"
                        {...form.getInputProps('language')}
                      />
                    </div>
                  </Input.Wrapper>
                  <Input.Wrapper label={t('messaging.columns.purpose')} description={t(`messaging.purposeHint.${values.purpose}`)} maw={340}>
                    <div>
                      <SegmentedControl
                        mt={4}
                        data={MESSAGE_PURPOSES.map((p) => ({ value: p, label: t(`enums.MessagePurpose.${p}`) }))}
                        data-testid="template-purpose"
                        {...form.getInputProps('purpose')}
                      />
                    </div>
                  </Input.Wrapper>
                </Group>
                {values.channel === 'EMAIL' && (
                  <TextInput
                    ref={subjectRef}
                    label={t('messaging.templates.fields.subject')}
                    required
                    dir={textDir}
                    onFocus={() => (lastField.current = 'subject')}
                    data-testid="template-subject"
                    {...form.getInputProps('subject')}
                  />
                )}
                <Stack gap={6}>
                  <Group justify="space-between" align="flex-end">
                    <Text size="sm" fw={500} component="label" htmlFor="template-body">
                      {t('messaging.templates.fields.body')} <Text span c="red">*</Text>
                    </Text>
                    <VariablePicker onPick={insertVariable} disabled={saving || !canWrite} />
                  </Group>
                  <Textarea
                    id="template-body"
                    ref={bodyRef}
                    autosize
                    minRows={6}
                    maxRows={18}
                    dir={textDir}
                    onFocus={() => (lastField.current = 'body')}
                    data-testid="template-body"
                    {...form.getInputProps('body')}
                  />
                  {values.channel === 'SMS' && (
                    <Stack gap={2}>
                      <SmsPartCounter text={values.body} />
                      <Text size="xs" c="dimmed">{t('messaging.templates.counterHint')}</Text>
                    </Stack>
                  )}
                  {values.channel === 'EMAIL' && <Text size="xs" c="dimmed">{t('messaging.templates.emailHint')}</Text>}
                </Stack>
                {usedVariables.length > 0 && (
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>{t('messaging.templates.usedVariables')}</Text>
                    <Group gap={6}>
                      {usedVariables.map((v) => (
                        <Badge key={v} variant="default" tt="none" title={describe(v) ?? undefined}>
                          <bdi dir="ltr">{`{{${v}}}`}</bdi>
                          {describe(v) && <Text span size="xs" c="dimmed"> — {describe(v)}</Text>}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                )}
                {canWrite && (
                  <Group justify="space-between" mt="sm">
                    {template ? (
                      <ConfirmButton
                        label={t('common.delete')}
                        confirmTitle={t('messaging.templates.deleteTitle')}
                        confirmMessage={t('messaging.templates.deleteConfirm', { name: template.name })}
                        loading={remove.isPending}
                        size="sm"
                        data-testid="template-delete"
                        onConfirm={() =>
                          remove.mutate(template.id, {
                            onSuccess: () => {
                              notifySuccess(t('messaging.templates.deleted'));
                              navigate(paths.messageTemplates);
                            },
                            onError: notifyError,
                          })
                        }
                      />
                    ) : (
                      <span />
                    )}
                    <Group gap="xs">
                      <Button variant="default" component={Link} to={paths.messageTemplates}>{t('common.cancel')}</Button>
                      <Button type="submit" loading={saving} data-testid="template-submit">
                        {template ? t('common.save') : t('messaging.templates.create')}
                      </Button>
                    </Group>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          </form>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Card withBorder radius="lg" padding="lg" style={{ position: 'sticky', top: 76 }} data-testid="template-preview-card">
          <Stack gap="sm">
            <Title order={3} size="h5">{t('messaging.preview.title')}</Title>
            <ContactPicker label={t('messaging.preview.contact')} value={previewContact} onChange={setPickedContact} allowDeselect={false} />
            <TemplatePreview
              draft={{ channel: values.channel, language: values.language, subject: values.subject, body: values.body }}
              contactId={previewContact}
            />
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
