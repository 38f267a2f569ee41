import { ActionIcon, Alert, Anchor, Button, Chip, Container, Divider, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { paths } from '@/config/paths';
import { useMyVouchers } from '@/features/loyalty/api/get-my-vouchers';
import { useDiscountText } from '@/features/loyalty/hooks';
import { useClub, useMoney } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { useClubQuote } from '../api/get-club-quote';
import { useCart } from '../hooks/use-cart';
import { cartProblems } from '../lib/quote-problems';
import { QuantityStepper } from './quantity-stepper';
import { QuoteTotals } from './quote-totals';

/** The cart, priced live by the server; a voucher or coupon code applies here; checkout when nothing stops it. */
export function CartPage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const money = useMoney();
  const navigate = useNavigate();
  const { status } = useSession();
  const cart = useCart();
  const [couponText, setCouponText] = useState('');
  const [coupon, setCoupon] = useState<string | null>(null);
  const lines = cart.cart.lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
  const quote = useClubQuote(club.slug, { lines, couponCode: coupon }, status === 'member');
  const vouchers = useMyVouchers(club.slug, status === 'member');
  const discount = useDiscountText();
  const problems = cartProblems(quote.data?.problems ?? []);

  const apply = (code: string | null) => {
    const clean = code?.trim() || null;
    setCoupon(clean);
    setCouponText(clean ?? '');
  };

  if (cart.cart.lines.length === 0) {
    return (
      <Container size="sm" px="md" py="xl" data-testid="cart">
        <Stack align="center" gap="sm">
          <Title order={1} size="h3">{t('cart.title')}</Title>
          <Text c="dimmed" data-testid="cart-empty">{t('cart.empty')}</Text>
          <Button component={Link} to={paths.store(club.slug)} color={club.color}>{t('cart.browse')}</Button>
        </Stack>
      </Container>
    );
  }

  return (
    <Container size="sm" px="md" py="md" data-testid="cart">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h3">{t('cart.title')}</Title>
          {quote.isFetching && <Loader size="xs" />}
        </Group>
        {quote.isError && <ErrorAlert error={quote.error} />}
        <Stack gap="xs">
          {cart.cart.lines.map((line, i) => {
            const priced = quote.data?.lines.find((l) => l.productId === line.productId);
            const problem = problems.lines.get(i);
            const name = priced ? (i18n.language === 'en' && priced.productNameEn) || priced.productName : line.name;
            return (
              <Paper key={line.productId} withBorder radius="md" p="sm" data-testid="cart-line">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={paths.product(club.slug, line.productId)} c="inherit" fw={600} size="sm" lineClamp={2}>{name}</Anchor>
                    {priced && <Text size="xs" c="dimmed">{t('cart.unitPrice', { price: money.format(priced.quantity ? Math.round(priced.total / priced.quantity) : 0) })}</Text>}
                    {problem && (
                      <Text size="xs" c="red.7" data-testid="cart-line-problem">{problem === 'gone' ? t('cart.gone') : t('cart.shortOfStock')}</Text>
                    )}
                  </Stack>
                  <ActionIcon variant="subtle" color="gray" onClick={() => cart.remove(line.productId)} aria-label={t('cart.remove')} data-testid="cart-remove">×</ActionIcon>
                </Group>
                <Group justify="space-between" mt="xs">
                  <QuantityStepper value={line.quantity} onChange={(q) => cart.setQuantity(line.productId, q)} color={club.color} />
                  {priced && <Text fw={700} data-testid="cart-line-total">{money.format(priced.total)}</Text>}
                </Group>
              </Paper>
            );
          })}
        </Stack>

        <Paper withBorder radius="md" p="sm">
          <Stack gap="xs">
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('cart.couponLabel')}
                placeholder={t('cart.couponPlaceholder')}
                value={couponText}
                onChange={(e) => setCouponText(e.currentTarget.value)}
                onKeyDown={(e) => e.key === 'Enter' && apply(couponText)}
                error={coupon && problems.coupon ? t('cart.couponRefused') : undefined}
                dir="ltr"
                data-testid="coupon-input"
              />
              <Button variant="light" color={club.color} onClick={() => apply(couponText)} data-testid="coupon-apply">{t('cart.apply')}</Button>
            </Group>
            {quote.data?.couponCode && coupon && !problems.coupon && (
              <Group gap={6}>
                <Text size="sm" c="teal.7" data-testid="coupon-applied">{t('cart.couponApplied')} <Ltr>{quote.data.couponCode}</Ltr></Text>
                <Anchor component="button" size="sm" onClick={() => apply(null)}>{t('cart.couponRemove')}</Anchor>
              </Group>
            )}
            {(vouchers.data?.length ?? 0) > 0 && (
              <Stack gap={4}>
                <Text size="xs" c="dimmed">{t('cart.myVouchers')}</Text>
                <Group gap={6}>
                  {vouchers.data!.map((v) => (
                    <Chip key={v.id} size="xs" color={club.color} checked={coupon === v.code} onChange={(on) => apply(on ? v.code : null)} data-testid="voucher-chip">
                      {discount(v.kind, v.value)}
                    </Chip>
                  ))}
                </Group>
              </Stack>
            )}
            {status !== 'member' && <Text size="xs" c="dimmed">{t('cart.pointsHint')}</Text>}
          </Stack>
        </Paper>

        {quote.data && (
          <Paper withBorder radius="md" p="sm">
            <QuoteTotals totals={quote.data.totals} />
          </Paper>
        )}
        {problems.other.length > 0 && <Alert color="red" variant="light">{problems.other.map((p) => p.message).join(' · ')}</Alert>}
        <Divider />
        <Button
          size="md"
          color={club.color}
          disabled={!quote.data?.canCheckout || quote.isFetching}
          onClick={() => navigate(`${paths.checkout(club.slug)}${coupon ? `?coupon=${encodeURIComponent(coupon)}` : ''}`)}
          data-testid="to-checkout"
        >
          {t('cart.checkout')}
        </Button>
      </Stack>
    </Container>
  );
}
