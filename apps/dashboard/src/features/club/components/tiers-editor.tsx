import { Badge, Button, Card, Group, Modal, NumberInput, Select, Skeleton, Stack, Switch, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorCode } from '@peyvand/web';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/confirm-button';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { usePriceLists } from '@/features/catalog/api/get-price-lists';
import type { TierFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useLoyaltySettings } from '../api/loyalty-settings';
import { useDeleteTier, useSaveTier, useTiers } from '../api/tiers';
import { multiplierText } from '../lib/loyalty-format';
import { clubTranslatingForm } from '../lib/server-text';

/** The club's tiers, lowest threshold first: threshold over the window, multiplier, price list, free shipping, benefits. */
export function TiersEditor() {
  const { t, i18n } = useTranslation();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const tiers = useTiers();
  const settings = useLoyaltySettings();
  const priceLists = usePriceLists({ kind: 'TIER' }, 100);
  const remove = useDeleteTier();
  const [editing, setEditing] = useState<TierFieldsFragment | 'new' | null>(null);
  const listName = (id: string | null | undefined) => priceLists.data?.pages.flatMap((p) => p.edges).find((e) => e.node.id === id)?.node.name;
  const basis = settings.data?.tierBasis ?? 'POINTS_EARNED';
  const rows = tiers.data ?? [];

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="club-tiers">
      <Stack>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('club.tiers.description', { window: settings.data ? formatNumber(settings.data.tierWindowMonths, i18n.language) : '…', basis: t(`club.tierBasis.${basis}`) })}
          </Text>
          {canManage && <Button onClick={() => setEditing('new')} data-testid="tier-new">{t('club.tiers.new')}</Button>}
        </Group>
        {tiers.isError && <ErrorAlert error={tiers.error} />}
        {tiers.isPending && <Skeleton h={160} />}
        {tiers.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('club.tiers.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.tiers.name')}</Table.Th>
                  <Table.Th>{t(basis === 'PURCHASE_COUNT' ? 'club.tiers.thresholdPurchases' : 'club.tiers.thresholdPoints')}</Table.Th>
                  <Table.Th>{t('club.tiers.multiplier')}</Table.Th>
                  <Table.Th>{t('club.tiers.priceList')}</Table.Th>
                  <Table.Th>{t('club.tiers.benefits')}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((tier) => (
                  <Table.Tr key={tier.id} data-testid="tier-row" data-code={tier.code} style={{ cursor: canManage ? 'pointer' : undefined }} onClick={() => canManage && setEditing(tier)}>
                    <Table.Td>
                      <Text size="sm" fw={600}><bdi>{tier.name}</bdi></Text>
                      <Text size="xs" c="dimmed" ff="monospace"><Ltr>{tier.code}</Ltr></Text>
                    </Table.Td>
                    <Table.Td><Text size="sm">{formatNumber(tier.threshold, i18n.language)}</Text></Table.Td>
                    <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{multiplierText(tier.multiplierPercent, i18n.language)}</Text></Table.Td>
                    <Table.Td><Text size="sm">{tier.priceListId ? (listName(tier.priceListId) ?? '…') : '—'}</Text></Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {tier.freeShipping && <Badge size="sm" variant="light" color="teal">{t('club.tiers.freeShipping')}</Badge>}
                        {tier.benefits && <Text size="xs" c="dimmed" lineClamp={2} maw={260}><bdi>{tier.benefits}</bdi></Text>}
                      </Group>
                    </Table.Td>
                    {canManage && (
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        <ConfirmButton
                          label={t('common.delete')}
                          confirmTitle={t('club.tiers.deleteTitle')}
                          confirmMessage={t('club.tiers.deleteConfirm', { name: tier.name })}
                          loading={remove.isPending && remove.variables === tier.id}
                          onConfirm={() => remove.mutate(tier.id, { onSuccess: () => notifySuccess(t('club.tiers.deleted')), onError: notifyError })}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <TierModal
          tier={editing === 'new' ? null : editing}
          priceLists={(priceLists.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? []).map((l) => ({ value: l.id, label: l.target ? `${l.name} · ${l.target}` : l.name }))}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

function TierModal({ tier, priceLists, onClose }: { tier: TierFieldsFragment | null; priceLists: Array<{ value: string; label: string }>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTier();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      code: tier?.code ?? '',
      name: tier?.name ?? '',
      threshold: (tier?.threshold ?? '') as number | string,
      multiplierPercent: (tier?.multiplierPercent ?? 100) as number | string,
      priceListId: tier?.priceListId ?? (null as string | null),
      freeShipping: tier?.freeShipping ?? false,
      benefits: tier?.benefits ?? '',
    },
    validate: {
      code: (v) => (/^[A-Za-z0-9_-]{1,40}$/.test(v.trim()) ? null : t('club.fieldErrors.tierCode')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      threshold: (v) => (v === '' ? t('validation.required') : null),
      multiplierPercent: (v) => (Number(v) >= 100 && Number(v) <= 1000 ? null : t('club.fieldErrors.multiplier')),
    },
  });
  const values = form.getValues();
  const submit = form.onSubmit((v) => {
    setError(null);
    save.mutate(
      {
        ...(tier ? { id: tier.id } : {}),
        code: v.code.trim(),
        name: v.name.trim(),
        threshold: Number(v.threshold),
        multiplierPercent: Number(v.multiplierPercent),
        priceListId: v.priceListId,
        freeShipping: v.freeShipping,
        benefits: v.benefits.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('club.tiers.saved'));
          onClose();
        },
        onError: (e) => {
          if (errorCode(e) === 'CONFLICT') return form.setFieldError('code', t('club.fieldErrors.tierTaken'));
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={tier ? t('club.tiers.editTitle') : t('club.tiers.newTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate data-testid="tier-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <Group grow align="flex-start">
            <TextInput label={t('club.tiers.name')} required dir="auto" data-testid="tier-name" {...form.getInputProps('name')} />
            <TextInput label={t('club.tiers.code')} description={t('club.tiers.codeHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required dir="ltr" styles={{ input: { fontFamily: 'monospace' } }} data-testid="tier-code" {...form.getInputProps('code')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label={t('club.tiers.threshold')} required min={0} allowDecimal={false} allowNegative={false} dir="ltr" data-testid="tier-threshold" {...form.getInputProps('threshold')} />
            <NumberInput
              label={t('club.tiers.multiplierPercent')}
              description={values.multiplierPercent !== '' ? multiplierText(Number(values.multiplierPercent), i18n.language) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={100}
              max={1000}
              step={10}
              allowDecimal={false}
              dir="ltr"
              rightSection="%"
              data-testid="tier-multiplier"
              {...form.getInputProps('multiplierPercent')}
            />
          </Group>
          <Select
            label={t('club.tiers.priceList')}
            description={t('club.tiers.priceListHint', { code: values.code.trim().toUpperCase() || '…' })}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={priceLists}
            clearable
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('priceListId')}
          />
          <Switch label={t('club.tiers.freeShipping')} data-testid="tier-free-shipping" {...form.getInputProps('freeShipping', { type: 'checkbox' })} />
          <Textarea label={t('club.tiers.benefits')} description={t('club.tiers.benefitsHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} autosize minRows={2} dir="auto" {...form.getInputProps('benefits')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="tier-submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
