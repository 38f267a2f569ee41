import { ActionIcon, Anchor, Button, Card, Grid, Group, NumberInput, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { ProductOptionFieldsFragment, ProformaFieldsFragment, QuoteInput } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { applyFieldErrors } from '@/lib/forms';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { isApiError } from '@peyvand/web';
import { useConfirmProforma } from '../api/confirm-proforma';
import { useCreateProforma } from '../api/create-proforma';
import { useQuote } from '@/features/catalog/api/get-quote';
import { useUpdateProforma } from '../api/update-proforma';
import { addProductLine, documentNumber, priceableLines, type EditableLine } from '../lib/documents';
import { outOfStockProducts, type ShortProduct } from '../lib/out-of-stock';
import { fieldMessageText } from '../lib/server-text';
import { OutOfStockAlert } from './out-of-stock-alert';
import { ProductSelect, productName } from './product-select';
import { QuotePreview } from './quote-preview';
import { ProformaStatusBadge } from './status-badges';

interface FormValues {
  contactId: string | null;
  couponCode: string;
  notes: string;
  lines: EditableLine[];
}

interface ProductInfo {
  name: string;
  sku: string;
  unit: string | null;
  available?: number;
}

/**
 * A new or DRAFT pro-forma: customer, product lines, coupon and notes, with the server's live quote beside them
 * (customer price vs base price, discounts, coupon, tax, total). Saving keeps it a draft; confirming reserves the stock
 * (a new one is created confirmed in one request: short stock writes nothing and leaves the form as it is).
 */
export function ProformaEditor({ proforma, initialContactId }: { proforma?: ProformaFieldsFragment; initialContactId?: string | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const create = useCreateProforma();
  const update = useUpdateProforma();
  const confirm = useConfirmProforma();
  const [error, setError] = useState<unknown>(null);
  const [shortProducts, setShortProducts] = useState<ShortProduct[] | null>(null);
  const idempotencyKey = useRef<string>(crypto.randomUUID?.() ?? String(Math.random()));
  const [products, setProducts] = useState<Record<string, ProductInfo>>(() =>
    Object.fromEntries((proforma?.lines ?? []).map((l) => [l.productId, { name: l.productName, sku: l.productSku, unit: l.unit ?? null }])),
  );

  const form = useForm<FormValues>({
    initialValues: {
      contactId: proforma?.contact?.id ?? initialContactId ?? null,
      couponCode: proforma?.couponCode ?? '',
      notes: proforma?.notes ?? '',
      lines: (proforma?.lines ?? []).map((l) => ({ productId: l.productId, quantity: l.quantity })),
    },
    validate: {
      contactId: (v) => (v ? null : t('validation.required')),
      lines: (v) => (v.length ? null : t('sales.editor.noLines')),
    },
  });
  const values = form.values;

  const quoteKey = JSON.stringify({ contactId: values.contactId, couponCode: values.couponCode.trim(), lines: priceableLines(values.lines) });
  const [debouncedKey] = useDebouncedValue(quoteKey, 300);
  const quoteInput = useMemo<QuoteInput | null>(() => {
    const parsed = JSON.parse(debouncedKey) as { contactId: string | null; couponCode: string; lines: EditableLine[] };
    if (!parsed.lines.length) return null;
    return { contactId: parsed.contactId, couponCode: parsed.couponCode || null, lines: parsed.lines };
  }, [debouncedKey]);
  const quote = useQuote(quoteInput);
  const quoteLine = (productId: string) => quote.data?.lines.find((l) => l.productId === productId);
  const couponProblem = quote.data?.problems.find((p) => /coupon/i.test(p.field));

  const addProduct = (p: ProductOptionFieldsFragment) => {
    setProducts((prev) => ({ ...prev, [p.id]: { name: productName(p, i18n.language), sku: p.sku, unit: p.unit, available: p.availability.available } }));
    form.setFieldValue('lines', addProductLine(form.getValues().lines, p.id));
  };

  /** Saves the draft; a new pro-forma with `confirm` is created confirmed in one step (OUT_OF_STOCK: nothing is written). */
  const save = async ({ confirm: confirmNow = false } = {}): Promise<string | null> => {
    setError(null);
    setShortProducts(null);
    const v = form.getValues();
    const lines = v.lines.map((l) => ({ productId: l.productId, quantity: Number(l.quantity) }));
    try {
      if (!proforma) {
        const created = await create.mutateAsync({
          input: { contactId: v.contactId!, lines, couponCode: v.couponCode.trim() || null, notes: v.notes.trim() || null, confirm: confirmNow },
          idempotencyKey: `dashboard:${idempotencyKey.current}`,
        });
        return created.id;
      }
      if (form.isDirty()) {
        await update.mutateAsync({ id: proforma.id, input: { lines, couponCode: v.couponCode.trim(), notes: v.notes.trim() } });
        form.resetDirty();
      }
      return proforma.id;
    } catch (e) {
      const short = outOfStockProducts(e);
      if (short) setShortProducts(short);
      else if (!applyFieldErrors(form, e)) setError(e);
      else if (isApiError(e)) for (const f of e.fields) form.setFieldError(f.field.replace(/^input\./, ''), fieldMessageText(f.message, t));
      return null;
    }
  };

  const onSave = async () => {
    if (form.validate().hasErrors) return;
    const id = await save();
    if (!id) return;
    notifySuccess(t('sales.editor.saved'));
    if (!proforma) navigate(paths.proforma(id), { replace: true });
  };

  const onConfirm = async () => {
    if (form.validate().hasErrors) return;
    if (!proforma) {
      // A counter sale: created confirmed in one request; short stock leaves no draft behind, the form stays as it is.
      const id = await save({ confirm: true });
      if (!id) return;
      notifySuccess(t('sales.editor.confirmed'));
      navigate(paths.proforma(id), { replace: true });
      return;
    }
    const id = await save();
    if (!id) return;
    try {
      await confirm.mutateAsync({ id });
      notifySuccess(t('sales.editor.confirmed'));
    } catch (e) {
      const short = outOfStockProducts(e);
      if (short) setShortProducts(short);
      else setError(e);
    }
  };

  const busy = create.isPending || update.isPending || confirm.isPending;
  const placing = Boolean(create.variables?.input.confirm);
  const title = proforma ? t('sales.proforma.title', { number: documentNumber(proforma.number, i18n.language) }) : t('sales.editor.newTitle');

  return (
    <div data-testid="proforma-editor">
      <Anchor component={Link} to={paths.proformas} size="sm" mb="sm" display="inline-block">
        {t('sales.proformas.backToList')}
      </Anchor>
      <PageHeader
        title={title}
        description={t('sales.editor.description')}
        actions={proforma ? <ProformaStatusBadge status={proforma.status} /> : undefined}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Card withBorder radius="lg" padding="lg">
            <Stack>
              {proforma ? (
                <div>
                  <Text size="sm" fw={500}>{t('sales.fields.contact')}</Text>
                  <Anchor component={Link} to={paths.contact(proforma.contact?.id ?? '')} data-testid="proforma-contact">{proforma.contact?.fullName}</Anchor>
                </div>
              ) : (
                <ContactPicker label={t('sales.fields.contact')} value={values.contactId} onChange={(id) => form.setFieldValue('contactId', id)} error={form.errors.contactId} allowDeselect={false} />
              )}

              <Stack gap={6}>
                <Title order={5}>{t('sales.editor.lines')}</Title>
                {values.lines.length > 0 && (
                  <Table.ScrollContainer minWidth={720}>
                    <Table verticalSpacing="xs" data-testid="editor-lines">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('sales.lines.product')}</Table.Th>
                          <Table.Th w={110}>{t('sales.lines.quantity')}</Table.Th>
                          <Table.Th ta="end">{t('sales.lines.basePrice')}</Table.Th>
                          <Table.Th ta="end">{t('sales.lines.customerPrice')}</Table.Th>
                          <Table.Th ta="end">{t('sales.lines.discount')}</Table.Th>
                          <Table.Th ta="end">{t('sales.lines.tax')}</Table.Th>
                          <Table.Th ta="end">{t('sales.lines.total')}</Table.Th>
                          <Table.Th w={40} />
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {values.lines.map((line, index) => {
                          const info = products[line.productId];
                          const q = quoteLine(line.productId);
                          return (
                            <Table.Tr key={line.productId} data-testid="editor-line" data-product={line.productId}>
                              <Table.Td>
                                <Text size="sm">{info?.name ?? '…'}</Text>
                                <Text size="xs" c="dimmed">
                                  <Ltr>{info?.sku}</Ltr>
                                  {info?.available !== undefined && ` · ${t('sales.editor.available', { count: info.available, formatted: formatNumber(info.available, i18n.language) })}`}
                                </Text>
                              </Table.Td>
                              <Table.Td>
                                <NumberInput
                                  size="xs"
                                  min={1}
                                  allowDecimal={false}
                                  allowNegative={false}
                                  aria-label={t('sales.lines.quantity')}
                                  {...form.getInputProps(`lines.${index}.quantity`)}
                                  data-testid="line-quantity"
                                />
                              </Table.Td>
                              <Table.Td ta="end"><Text size="sm" c="dimmed">{q ? money.format(q.unitBasePrice) : '—'}</Text></Table.Td>
                              <Table.Td ta="end"><Text size="sm" fw={q && q.unitPrice < q.unitBasePrice ? 600 : undefined} c={q && q.unitPrice < q.unitBasePrice ? 'teal' : undefined} data-testid="line-unit-price">{q ? money.format(q.unitPrice) : '—'}</Text></Table.Td>
                              <Table.Td ta="end"><Text size="sm">{q?.discount ? money.format(q.discount) : '—'}</Text></Table.Td>
                              <Table.Td ta="end"><Text size="sm">{q?.tax ? money.format(q.tax) : '—'}</Text></Table.Td>
                              <Table.Td ta="end"><Text size="sm" fw={600} data-testid="line-total">{q ? money.format(q.total) : '—'}</Text></Table.Td>
                              <Table.Td>
                                <ActionIcon variant="subtle" color="red" aria-label={t('common.remove')} onClick={() => form.removeListItem('lines', index)} data-testid="line-remove">
                                  ×
                                </ActionIcon>
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                {form.errors.lines && <Text size="sm" c="red" data-testid="lines-error">{form.errors.lines}</Text>}
                <ProductSelect onPick={addProduct} />
              </Stack>

              <Group grow align="flex-start">
                <TextInput
                  label={t('sales.fields.couponCode')}
                  {...form.getInputProps('couponCode')}
                  error={form.errors.couponCode ?? (couponProblem ? fieldMessageText(couponProblem.message, t) : undefined)}
                  styles={{ input: { direction: 'ltr', textAlign: 'start' } }}
                  data-testid="coupon-input"
                />
              </Group>
              <Textarea label={t('sales.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} data-testid="notes-input" />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Stack>
            <Card withBorder radius="lg" padding="lg">
              <QuotePreview quote={quote.data} loading={quote.isFetching} stale={quoteKey !== debouncedKey || quote.isPlaceholderData} />
            </Card>
            {shortProducts && <OutOfStockAlert products={shortProducts} />}
            {error ? <ErrorAlert error={error} /> : null}
            <Group grow>
              <Button variant="default" onClick={() => void onSave()} loading={(create.isPending && !placing) || update.isPending} disabled={busy} data-testid="proforma-save">
                {t('sales.editor.saveDraft')}
              </Button>
              <Button onClick={() => void onConfirm()} loading={confirm.isPending || (create.isPending && placing)} disabled={busy} data-testid="proforma-confirm">
                {t('sales.editor.confirm')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">{t('sales.editor.confirmHint')}</Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </div>
  );
}
