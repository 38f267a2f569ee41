import { useTranslation } from 'react-i18next';
import { useMoney } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';

/** "10٪" or "50,000 Toman": a PERCENT value is in basis points, a FIXED one in Rial. */
export function useDiscountText() {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  return (kind: string | null | undefined, value: number | null | undefined) => {
    if (value === null || value === undefined) return '';
    if (kind === 'PERCENT') return t('vouchers.percentOff', { value: formatNumber(value / 100, i18n.language) });
    return t('vouchers.amountOff', { value: money.format(value) });
  };
}
