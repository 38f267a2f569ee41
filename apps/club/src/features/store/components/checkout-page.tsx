import { Alert, Button, Container, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { PhoneCodeForm } from '@/features/auth/components/phone-code-form';
import { useClubRewards } from '@/features/loyalty/api/get-club-rewards';
import { useMyPoints } from '@/features/loyalty/api/get-my-points';
import { useDiscountText } from '@/features/loyalty/hooks';
import { formatNumber } from '@/lib/format';
import { useClub, useMoney } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { errorCode, fieldErrorsOf } from '@peyvand/web';
import { FullPageLoader } from '@/app/routes/full-page-loader';
import { useClubCheckout } from '../api/club-checkout';
import { useClubQuote } from '../api/get-club-quote';
import { useCart } from '../hooks/use-cart';
import { cartProblems } from '../lib/quote-problems';
import { QuoteTotals } from './quote-totals';

/**
 * Checkout: a visitor first gives a mobile and confirms the SMS code (becoming a member), then the member places the
 * order — a pro-forma they create themselves, the stock held for them.
 */
export function CheckoutPage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const coupon = params.get('coupon');
  const { status } = useSession();
  const cart = useCart();
  const lines = cart.cart.lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
  // Points at checkout: a voucher reward the balance covers, redeemed with the order (nothing is spent if it fails). The
  // quote previews its discount (nothing spent either), so the totals show what the order will cost.
  const [rewardId, setRewardId] = useState<string>('');
  const member = status === 'member';
  const quote = useClubQuote(club.slug, rewardId ? { lines, couponCode: null, rewardId } : { lines, couponCode: coupon }, member);
  const checkout = useClubCheckout(club.slug);
  // One key per visit of this page: a double tap or a retried request places one order.
  const idempotencyKey = useRef(crypto.randomUUID());
  const [delivery, setDelivery] = useState({ deliveryName: '', deliveryPhone: '', deliveryAddress: '', postalCode: '', note: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const points = useMyPoints(club.slug, member);
  const rewards = useClubRewards(club.slug, member);
  const discount = useDiscountText();
  const money = useMoney();
  const balance = points.data?.balance ?? 0;
  // The chosen one stays listed even if the balance no longer covers it (the quote then says so).
  const affordable = (rewards.data ?? []).filter((r) => r.kind === 'VOUCHER' && (r.pointsCost <= balance || r.id === rewardId));
  const problems = cartProblems(quote.data?.problems ?? []);
  const chosen = affordable.find((r) => r.id === rewardId);
  // Why the chosen reward cannot be used, from the quote (before placing) or the order (after trying).
  const rewardRefusal = (): string | null => {
    if (!rewardId || !(problems.reward || errors.rewardId)) return null;
    if (chosen && chosen.pointsCost > balance) return t('checkout.rewardNoPoints');
    if (chosen && chosen.minOrderTotal > 0) return t('checkout.rewardMinOrder', { value: money.format(chosen.minOrderTotal) });
    return t('checkout.rewardRefused');
  };
  const pickReward = (id: string) => {
    setRewardId(id);
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'rewardId')));
  };
  // Problems other than the reward's: the cart itself needs a look.
  const cartNeedsLook = !!quote.data && (problems.lines.size > 0 || problems.coupon !== null || problems.other.length > 0);

  if (status === 'restoring') return <FullPageLoader />;
  if (cart.cart.lines.length === 0 && !checkout.isSuccess) return <Navigate to={paths.cart(club.slug)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    const opt = (v: string) => v.trim() || null;
    checkout.mutate(
      {
        slug: club.slug,
        lines,
        ...(rewardId ? { rewardId } : { couponCode: coupon }),
        idempotencyKey: idempotencyKey.current,
        deliveryName: opt(delivery.deliveryName),
        deliveryPhone: opt(delivery.deliveryPhone),
        deliveryAddress: opt(delivery.deliveryAddress),
        postalCode: opt(delivery.postalCode),
        note: opt(delivery.note),
      },
      {
        onSuccess: (order) => {
          cart.clear();
          navigate(paths.order(club.slug, order.id), { replace: true, state: { placed: true } });
        },
        onError: (error) => setErrors(fieldErrorsOf(error)),
      },
    );
  };

  const field = (key: keyof typeof delivery, label: string, props: Record<string, unknown> = {}) => (
    <TextInput label={label} value={delivery[key]} onChange={(e) => setDelivery({ ...delivery, [key]: e.currentTarget.value })} error={errors[key]} {...props} />
  );

  return (
    <Container size="sm" px="md" py="md" data-testid="checkout">
      <Stack gap="md">
        <Title order={1} size="h3">{t('checkout.title')}</Title>
        {quote.data && (
          <Paper withBorder radius="md" p="sm">
            <QuoteTotals totals={quote.data.totals} />
          </Paper>
        )}
        {status !== 'member' ? (
          <Paper withBorder radius="md" p="md" data-testid="checkout-sign-in">
            <Stack gap="sm">
              <Text fw={600}>{t('checkout.whoAreYou')}</Text>
              <Text size="sm" c="dimmed">{t('checkout.whoAreYouHint', { name: club.isolatedName })}</Text>
              <PhoneCodeForm purpose="CHECKOUT" />
            </Stack>
          </Paper>
        ) : (
          <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Text fw={600}>{t('checkout.delivery')}</Text>
              {field('deliveryName', t('checkout.deliveryName'), { placeholder: t('checkout.defaultMe') })}
              {field('deliveryPhone', t('checkout.deliveryPhone'), { placeholder: t('checkout.defaultMyMobile'), type: 'tel', inputMode: 'tel', dir: 'ltr' })}
              <Textarea
                label={t('checkout.address')}
                value={delivery.deliveryAddress}
                onChange={(e) => setDelivery({ ...delivery, deliveryAddress: e.currentTarget.value })}
                error={errors.deliveryAddress}
                autosize
                minRows={2}
                data-testid="checkout-address"
              />
              {field('postalCode', t('checkout.postalCode'), { inputMode: 'numeric', dir: 'ltr' })}
              {field('note', t('checkout.note'))}
              {affordable.length > 0 && (
                <Radio.Group
                  label={t('checkout.usePoints', { value: formatNumber(balance, i18n.language) })}
                  value={rewardId}
                  onChange={pickReward}
                  error={rewardRefusal()}
                  data-testid="use-points"
                >
                  <Stack gap={6} mt={6}>
                    <Radio value="" label={coupon ? t('checkout.keepCoupon') : t('checkout.noPoints')} />
                    {affordable.map((r) => (
                      <Radio
                        key={r.id}
                        value={r.id}
                        label={t('checkout.rewardOption', { name: r.name, discount: discount(r.voucherKind, r.voucherValue), points: formatNumber(r.pointsCost, i18n.language) })}
                        data-testid="use-reward"
                      />
                    ))}
                  </Stack>
                  {rewardId && <Text size="xs" c="dimmed" mt={6}>{t('checkout.rewardNote')}</Text>}
                </Radio.Group>
              )}
              {checkout.isError && errorCode(checkout.error) === 'OUT_OF_STOCK' && (
                <Alert color="red" variant="light" data-testid="checkout-out-of-stock">
                  {t('checkout.outOfStock')} <Link to={paths.cart(club.slug)}>{t('checkout.backToCart')}</Link>
                </Alert>
              )}
              {checkout.isError && errorCode(checkout.error) !== 'OUT_OF_STOCK' && Object.keys(errors).length === 0 && <ErrorAlert error={checkout.error} />}
              {cartNeedsLook && (
                <Alert color="orange" variant="light">
                  {t('checkout.cartChanged')} <Link to={paths.cart(club.slug)}>{t('checkout.backToCart')}</Link>
                </Alert>
              )}
              <Button type="submit" size="md" color={club.color} loading={checkout.isPending} disabled={quote.data ? !quote.data.canCheckout : false} data-testid="place-order">
                {t('checkout.placeOrder')}
              </Button>
              <Text size="xs" c="dimmed">{t('checkout.afterOrder')}</Text>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
