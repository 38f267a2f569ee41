import { Alert, Badge, Button, Card, FileInput, Group, Select, SimpleGrid, Stack, Stepper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import type { ImportContactsInput, ImportFormat, ImportResult } from '@/gql/graphql';
import { readFileAsBase64 } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { useCustomFieldDefinitions } from '../api/get-custom-field-definitions';
import { useImportContacts } from '../api/import-contacts';
import { useImportPreview } from '../api/import-preview';
import { IMPORT_FIELDS, SKIP, guessMapping } from '../import-mapping';
import { importErrorText } from '../lib/import-error-text';

const MAX_BYTES = 10 * 1024 * 1024;

function formatOf(file: File): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'CSV';
  if (name.endsWith('.xlsx')) return 'XLSX';
  return null;
}

export function ImportWizard() {
  const { t, i18n } = useTranslation();
  const defs = useCustomFieldDefinitions().data ?? [];
  const preview = useImportPreview();
  const runImport = useImportContacts();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [payload, setPayload] = useState<Omit<ImportContactsInput, 'mapping'> | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const n = (v: number) => formatNumber(v, i18n.language);

  const fieldOptions = [
    { value: SKIP, label: t('contacts.import.skip') },
    ...IMPORT_FIELDS.map((f) => ({ value: f, label: t(`contacts.import.fields.${f}`) })),
    ...defs.map((d) => ({ value: `custom.${d.key}`, label: `${d.label} (${t('contacts.import.custom')})` })),
  ];

  const pick = async (picked: File | null) => {
    setFile(picked);
    setFileError(null);
    preview.reset();
    if (!picked) return;
    const format = formatOf(picked);
    if (!format) return setFileError(t('contacts.import.badType'));
    if (picked.size > MAX_BYTES) return setFileError(t('contacts.import.tooLarge'));
    const contentBase64 = await readFileAsBase64(picked);
    const next = { fileName: picked.name, format, contentBase64 };
    setPayload(next);
    preview.mutate(
      { ...next, mapping: [] },
      {
        onSuccess: (cols) => {
          setHeaders(cols);
          setMapping(guessMapping(cols, defs));
          setStep(1);
        },
      },
    );
  };

  const mapped = Object.values(mapping).filter(Boolean);
  const duplicateTargets = mapped.filter((v, i) => mapped.indexOf(v) !== i);
  const hasName = mapped.includes('firstName') || mapped.includes('lastName');

  const submit = () => {
    if (!payload) return;
    runImport.mutate(
      { ...payload, mapping: Object.entries(mapping).filter(([, field]) => field).map(([column, field]) => ({ column, field })) },
      {
        onSuccess: (res) => {
          setResult(res);
          setStep(2);
        },
      },
    );
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setPayload(null);
    setHeaders([]);
    setMapping({});
    setResult(null);
    preview.reset();
    runImport.reset();
  };

  return (
    <>
      <PageHeader
        title={t('contacts.import.title')}
        description={t('contacts.import.description')}
        actions={<Button variant="default" component={Link} to={paths.contacts}>{t('contacts.backToList')}</Button>}
      />
      <Card withBorder radius="lg" padding="lg" data-testid="import-wizard">
        <Stepper active={step} allowNextStepsSelect={false} onStepClick={(s) => s < step && step < 2 && setStep(s)}>
          <Stepper.Step label={t('contacts.import.steps.file')} icon={n(1)}>
            <Stack mt="md" maw={520}>
              <FileInput
                label={t('contacts.import.file')}
                description={t('contacts.import.fileHint')}
                placeholder={t('contacts.import.choose')}
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={(f) => void pick(f)}
                error={fileError}
                clearable
                data-testid="import-file"
              />
              {preview.isPending && <Text size="sm" c="dimmed">{t('contacts.import.reading')}</Text>}
              {preview.isError && <ErrorAlert error={preview.error} />}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('contacts.import.steps.map')} icon={n(2)}>
            <Stack mt="md">
              <Text size="sm" c="dimmed">{t('contacts.import.mapHint', { count: headers.length, formatted: n(headers.length) })}</Text>
              <Table.ScrollContainer minWidth={480}>
                <Table verticalSpacing="xs" data-testid="import-mapping">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('contacts.import.column')}</Table.Th>
                      <Table.Th>{t('contacts.import.field')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {headers.map((h) => (
                      <Table.Tr key={h} data-testid="import-mapping-row" data-column={h}>
                        <Table.Td><Text size="sm" fw={500}>{h}</Text></Table.Td>
                        <Table.Td>
                          <Select
                            size="xs"
                            maw={280}
                            allowDeselect={false}
                            data={fieldOptions}
                            value={mapping[h] ?? SKIP}
                            onChange={(v) => setMapping((m) => ({ ...m, [h]: v ?? SKIP }))}
                            error={mapping[h] && duplicateTargets.includes(mapping[h]) ? t('contacts.import.duplicateTarget') : undefined}
                            aria-label={h}
                            comboboxProps={{ withinPortal: true }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {!hasName && <Alert color="yellow" variant="light">{t('contacts.import.needName')}</Alert>}
              {runImport.isError && <ErrorAlert error={runImport.error} />}
              <Group justify="space-between">
                <Button variant="default" onClick={restart}>{t('contacts.import.back')}</Button>
                <Button onClick={submit} loading={runImport.isPending} disabled={!hasName || duplicateTargets.length > 0} data-testid="import-submit">
                  {t('contacts.import.run')}
                </Button>
              </Group>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('contacts.import.steps.result')} icon={n(3)}>
            {result && (
              <Stack mt="md" data-testid="import-result">
                <SimpleGrid cols={{ base: 2, sm: 5 }}>
                  {(['totalRows', 'created', 'updated', 'unchanged', 'failed'] as const).map((k) => (
                    <Card key={k} withBorder radius="md" padding="sm" data-testid={`import-${k}`}>
                      <Text size="xs" c="dimmed">{t(`contacts.import.result.${k}`)}</Text>
                      <Text size="xl" fw={700} c={k === 'failed' && result[k] > 0 ? 'red' : undefined}>{n(result[k])}</Text>
                    </Card>
                  ))}
                </SimpleGrid>
                {result.errors.length > 0 && (
                  <Table.ScrollContainer minWidth={480}>
                    <Table verticalSpacing="xs" data-testid="import-errors">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('contacts.import.row')}</Table.Th>
                          <Table.Th>{t('contacts.import.field')}</Table.Th>
                          <Table.Th>{t('contacts.import.value')}</Table.Th>
                          <Table.Th>{t('contacts.import.message')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {result.errors.map((e, i) => (
                          <Table.Tr key={i}>
                            <Table.Td>{n(e.row)}</Table.Td>
                            <Table.Td>
                              {e.field ? <Badge variant="light" tt="none">{t(`contacts.import.fields.${e.field}`, { defaultValue: e.field })}</Badge> : '—'}
                            </Table.Td>
                            <Table.Td><Text size="sm" dir="ltr" ta="start" component="bdi">{e.value ?? '—'}</Text></Table.Td>
                            <Table.Td><Text size="sm">{importErrorText(e, t as unknown as Parameters<typeof importErrorText>[1], i18n.language)}</Text></Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Group>
                  <Button component={Link} to={paths.contacts}>{t('contacts.import.toList')}</Button>
                  <Button variant="default" onClick={restart}>{t('contacts.import.another')}</Button>
                </Group>
              </Stack>
            )}
          </Stepper.Step>
        </Stepper>
      </Card>
    </>
  );
}
