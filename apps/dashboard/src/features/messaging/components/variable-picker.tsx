import { Button, Code, Group, Menu, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateVariablesQuery } from '@/gql/graphql';
import { useTemplateVariables } from '../api/get-template-variables';

type Variable = TemplateVariablesQuery['templateVariables'][number];

const SOURCES = ['CONTACT', 'WORKSPACE', 'DATE', 'PARAM'] as const;

/** The variable catalog as a menu: picking one inserts `{{name}}` where the cursor is. Descriptions in the UI language. */
export function VariablePicker({ onPick, disabled }: { onPick: (name: string) => void; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const variables = useTemplateVariables();
  const bySource = (source: string) => (variables.data ?? []).filter((v) => v.source === source);
  return (
    <Menu position="bottom-end" width={360} withinPortal shadow="md" disabled={disabled}>
      <Menu.Target>
        <Button size="xs" variant="light" disabled={disabled} data-testid="variable-picker">
          {t('messaging.templates.insertVariable')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="variable-picker-menu">
        {variables.isPending && <Skeleton h={120} />}
        <ScrollArea.Autosize mah={380} type="auto">
          {SOURCES.map((source) => {
            const items = bySource(source);
            if (!items.length) return null;
            return (
              <div key={source}>
                <Menu.Label>{t(`enums.TemplateVariableSource.${source}`)}</Menu.Label>
                {items.map((v) => (
                  <Menu.Item key={v.name} onClick={() => onPick(v.name)} data-testid="variable-option" data-name={v.name}>
                    <VariableLabel variable={v} language={i18n.language} />
                  </Menu.Item>
                ))}
              </div>
            );
          })}
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed" px="sm" py={6}>{t('messaging.templates.paramHint')}</Text>
      </Menu.Dropdown>
    </Menu>
  );
}

function VariableLabel({ variable, language }: { variable: Variable; language: string }) {
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        <Code dir="ltr">{`{{${variable.name}}}`}</Code>
      </Group>
      <Text size="xs" c="dimmed">{language === 'fa' ? variable.descriptionFa : variable.descriptionEn}</Text>
    </Stack>
  );
}

/** The description of a variable in the UI language, or null when the catalog does not know it. */
export function useVariableDescription() {
  const { i18n } = useTranslation();
  const variables = useTemplateVariables();
  return (name: string) => {
    const v = variables.data?.find((x) => x.name === name);
    return v ? (i18n.language === 'fa' ? v.descriptionFa : v.descriptionEn) : null;
  };
}
