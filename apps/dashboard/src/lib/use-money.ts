import { useTranslation } from 'react-i18next';
import { useViewer } from './authorization';
import { formatRial, moneyUnitOf } from './money';

/** Rial amounts in the workspace display currency (Toman unless the workspace chose Rial) and the reader's language. */
export function useMoney() {
  const { i18n } = useTranslation();
  const { data } = useViewer();
  const unit = moneyUnitOf(data?.workspace.displayCurrency);
  return {
    unit,
    format: (rial: number | bigint | string | null | undefined, withUnit = true) => formatRial(rial, unit, i18n.language, withUnit),
  };
}
