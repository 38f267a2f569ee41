import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageTemplateFieldsFragment, MessagingChannel } from '@/gql/graphql';
import { useTemplateChoices } from '../api/get-message-templates';
import { useTemplateVariables } from '../api/get-template-variables';
import { sortTemplates } from '../lib/status';
import { paramVariablesOf } from '../lib/template-params';

/** The templates of a channel to choose from, the chosen one and the params it needs (for the send forms). */
export function useTemplateChoice(channel: MessagingChannel, templateId: string | null) {
  const templates = useTemplateChoices({ channel });
  const variables = useTemplateVariables();
  const template = templates.data?.edges.find((e) => e.node.id === templateId)?.node ?? null;
  const paramNames = useMemo(() => paramVariablesOf(template?.variables ?? [], variables.data ?? []), [template, variables.data]);
  return { templates, template, paramNames };
}

type TemplateChoice = ReturnType<typeof useTemplateChoice>;

/** The searchable template select (name and language), with the chosen template's purpose under it. */
export function TemplateSelect({
  choice,
  inputProps,
}: {
  choice: TemplateChoice;
  /** form.getInputProps('templateId') */
  inputProps: { value?: string | null; onChange?: (value: string | null) => void; error?: ReactNode };
}) {
  const { t } = useTranslation();
  const { templates, template } = choice;
  return (
    <>
      <Select
        label={t('messaging.send.template')}
        placeholder={templates.data?.totalCount === 0 ? t('messaging.send.noTemplates') : t('messaging.send.pickTemplate')}
        searchable
        data={sortTemplates(templates.data?.edges.map((e) => e.node) ?? []).map((tpl: MessageTemplateFieldsFragment) => ({
          value: tpl.id,
          label: `${tpl.name} (${t(`messaging.languages.${tpl.language}`)})`,
        }))}
        comboboxProps={{ withinPortal: true }}
        data-testid="send-template"
        {...inputProps}
      />
      {template && (
        <Text size="xs" c="dimmed" data-testid="send-template-purpose" data-purpose={template.purpose}>
          {t('messaging.send.templatePurpose', { purpose: t(`enums.MessagePurpose.${template.purpose}`) })}
        </Text>
      )}
    </>
  );
}

/** One input per PARAM variable of the chosen template (labelled with the variable's description and name). */
export function TemplateParamInputs({
  names,
  values,
  onChange,
  error,
}: {
  names: readonly string[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  error?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const variables = useTemplateVariables();
  if (names.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>{t('messaging.send.params')}</Text>
      {names.map((name) => {
        const v = variables.data?.find((x) => x.name === name);
        return (
          <TextInput
            key={name}
            label={
              <>
                {(i18n.language === 'fa' ? v?.descriptionFa : v?.descriptionEn) ?? name} <bdi dir="ltr">{`{{${name}}}`}</bdi>
              </>
            }
            value={values[name] ?? ''}
            onChange={(e) => onChange({ ...values, [name]: e.currentTarget.value })}
            data-testid={`send-param-${name}`}
          />
        );
      })}
      <Text size="xs" c="dimmed">{t('messaging.send.paramsHint')}</Text>
      {error && <Text size="sm" c="red">{error}</Text>}
    </Stack>
  );
}
