import { ActionIcon, Badge, CopyButton, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { IconCheck, IconCopy } from '@/components/icons';
import { Ltr } from '@/components/ltr';
import { QueryList } from '@/components/query-list';
import { SectionCard } from '@/components/section-card';
import { useClub, useMoney } from '@/lib/club-context';
import { useMyVouchers } from '../api/get-my-vouchers';
import { useDiscountText } from '../hooks';

export function VouchersList() {
  const { t } = useTranslation();
  const club = useClub();
  const money = useMoney();
  const vouchers = useMyVouchers(club.slug);
  const discount = useDiscountText();
  return (
    <SectionCard title={t('vouchers.title')}>
      <QueryList query={vouchers} items={vouchers.data ?? []} empty={t('vouchers.none')} testId="vouchers">
        {(items) =>
          items.map((v) => (
            <Paper key={v.id} withBorder radius="md" p="sm" style={{ borderStyle: 'dashed', borderColor: club.color }} data-testid="voucher">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={700} c={club.color}>{discount(v.kind, v.value)}</Text>
                    {v.origin && <Badge size="xs" variant="light" color={club.color}>{t(`vouchers.origins.${v.origin}`)}</Badge>}
                  </Group>
                  {v.description && <Text size="xs">{v.description}</Text>}
                  <Text size="xs" c="dimmed">
                    {v.minOrderTotal > 0 && `${t('vouchers.minOrder', { value: money.format(v.minOrderTotal) })} · `}
                    {v.maxDiscount ? `${t('vouchers.maxDiscount', { value: money.format(v.maxDiscount) })} · ` : ''}
                    {v.validTo ? <>{t('vouchers.validTo')} <DateText value={v.validTo} /></> : t('vouchers.noExpiry')}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <Ltr><Text ff="monospace" fw={700} data-testid="voucher-code">{v.code}</Text></Ltr>
                  <CopyButton value={v.code}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                        <ActionIcon variant="light" color={copied ? 'teal' : club.color} onClick={copy} aria-label={t('common.copy')} data-testid="copy-voucher">
                          {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              </Group>
            </Paper>
          ))
        }
      </QueryList>
    </SectionCard>
  );
}
