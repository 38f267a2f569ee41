import { Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCart } from '../hooks/use-cart';

export function CartPage() {
  const { t } = useTranslation();
  const { cart } = useCart();
  return (
    <Container size="md" px="md" py="md" data-testid="cart">
      <Title order={1} size="h3">{t('cart.title')}</Title>
      {cart.lines.length === 0 && <Text c="dimmed" data-testid="cart-empty">{t('cart.empty')}</Text>}
    </Container>
  );
}
