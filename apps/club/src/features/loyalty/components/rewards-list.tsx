import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { SectionCard } from '@/components/section-card';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useClubRewards } from '../api/get-club-rewards';
import { useMyPoints } from '../api/get-my-points';
import { useMyStampCards } from '../api/get-my-stamp-cards';
import { useRedeemReward } from '../api/redeem-reward';
import { useDiscountText } from '../hooks';

/** Rewards the member can buy with points; redeeming gives a voucher. Stamp cards fill with purchases. */
export function RewardsList() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const rewards = useClubRewards(club.slug);
  const points = useMyPoints(club.slug);
  const stamps = useMyStampCards(club.slug);
  const redeem = useRedeemReward(club.slug);
  const discount = useDiscountText();
  const n = (v: number) => formatNumber(v, i18n.language);
  const balance = points.data?.balance ?? 0;
  const redeemable = (rewards.data ?? []).filter((r) => r.kind !== 'STAMP_CARD');

  return (
    <SectionCard title={t('rewards.title')} testId="rewards">
      <Stack gap="xs">
        {rewards.isError && <ErrorAlert error={rewards.error} />}
        {redeem.isError && <ErrorAlert error={redeem.error} />}
        {rewards.data && redeemable.length === 0 && <Text size="sm" c="dimmed">{t('rewards.none')}</Text>}
        {redeemable.map((r) => (
          <Paper key={r.id} withBorder radius="md" p="sm" data-testid="reward">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>{r.name}</Text>
                <Text size="xs" c="dimmed">
                  {r.kind === 'VOUCHER' ? discount(r.voucherKind, r.voucherValue) : t('rewards.freeProduct')}
                  {r.description ? ` — ${r.description}` : ''}
                </Text>
              </Stack>
              <Button
                size="xs"
                color={club.color}
                disabled={balance < r.pointsCost}
                loading={redeem.isPending && redeem.variables?.rewardId === r.id}
                onClick={() =>
                  redeem.mutate(
                    { rewardId: r.id, idempotencyKey: crypto.randomUUID() },
                    {
                      onSuccess: (result) =>
                        notifications.show({ color: 'teal', message: t('rewards.redeemed', { code: result.voucher.code, balance: n(result.balance) }) }),
                    },
                  )
                }
                data-testid="redeem"
              >
                {t('rewards.redeemFor', { value: n(r.pointsCost) })}
              </Button>
            </Group>
          </Paper>
        ))}
        {(stamps.data ?? []).map((card) => (
          <Paper key={card.reward.id} withBorder radius="md" p="sm" data-testid="stamp-card">
            <Group justify="space-between" mb={6}>
              <Text size="sm" fw={600}>{card.reward.name}</Text>
              <Badge variant="light" color={club.color}>{t('rewards.stamps', { value: n(card.stamps), required: n(card.required) })}</Badge>
            </Group>
            <Progress value={(card.stamps / Math.max(1, card.required)) * 100} color={club.color} radius="xl" />
            {card.completed > 0 && <Text size="xs" c="dimmed" mt={4}>{t('rewards.completed', { value: n(card.completed) })}</Text>}
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
