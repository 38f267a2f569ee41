import { Anchor, Button, Group, Skeleton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { formatDate, formatNumber } from '@/lib/format';
import { formatRial, moneyUnitOf } from '@/lib/money';
import { useInvoice } from '../api/get-invoice';
import { documentNumber, percentOfBp } from '../lib/documents';
import classes from './invoice-print.module.css';

/**
 * The printable invoice: one clean A4 page in the reader's direction (RTL in Persian) with the seller, the customer,
 * the Jalali date (Gregorian in English), the lines, totals and payments. The print stylesheet hides the app shell.
 */
export function InvoicePrint({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const invoice = useInvoice(id);
  if (invoice.isError) return <ErrorAlert error={invoice.error} />;
  if (!invoice.data) return <Skeleton h={600} />;
  const inv = invoice.data;
  const lang = i18n.language;
  const unit = moneyUnitOf(inv.seller.displayCurrency);
  const m = (rial: number) => formatRial(rial, unit, lang, false);
  const n = (v: number) => formatNumber(v, lang);
  const address = [inv.contact?.province, inv.contact?.city, inv.contact?.address].filter(Boolean).join('، ');

  return (
    <div className={classes.screen}>
      <Group justify="space-between" className={classes.toolbar} data-print-hide>
        <Anchor component={Link} to={paths.invoice(inv.id)} size="sm">{t('sales.print.back')}</Anchor>
        <Button onClick={() => window.print()} data-testid="print-button">{t('sales.print.print')}</Button>
      </Group>
      <article className={classes.sheet} dir={lang === 'fa' ? 'rtl' : 'ltr'} data-testid="invoice-sheet">
        <header className={classes.head}>
          <div>
            <div className={classes.seller} data-testid="print-seller">{inv.seller.name}</div>
            <div className={classes.muted}>{t('sales.print.sellerLabel')}</div>
          </div>
          <div className={classes.docTitle}>
            <h1>{t('sales.print.title')}</h1>
            {inv.status === 'CANCELLED' && <div className={classes.cancelled}>{t('sales.enums.InvoiceStatus.CANCELLED')}</div>}
          </div>
          <dl className={classes.meta}>
            <dt>{t('sales.fields.number')}</dt>
            <dd data-testid="print-number"><bdi dir="ltr">{documentNumber(inv.numberDisplay, lang)}</bdi></dd>
            <dt>{t('sales.print.date')}</dt>
            <dd data-testid="print-date">{formatDate(inv.issuedAt, lang)}</dd>
          </dl>
        </header>

        <section className={classes.party}>
          <div className={classes.partyTitle}>{t('sales.print.customer')}</div>
          <div className={classes.partyName} data-testid="print-customer">{inv.contact?.fullName ?? '—'}</div>
          {inv.contact?.primaryPhone && <div>{t('sales.print.phone')}: <bdi dir="ltr">{lang === 'fa' ? documentNumber(inv.contact.primaryPhone, lang) : inv.contact.primaryPhone}</bdi></div>}
          {address && <div>{t('sales.print.address')}: {address}</div>}
        </section>

        <table className={classes.lines}>
          <thead>
            <tr>
              <th>{t('sales.print.row')}</th>
              <th>{t('sales.print.sku')}</th>
              <th className={classes.wide}>{t('sales.lines.product')}</th>
              <th>{t('sales.lines.quantity')}</th>
              <th>{t('sales.lines.unitPrice')}</th>
              <th>{t('sales.lines.discount')}</th>
              <th>{t('sales.lines.tax')}</th>
              <th>{t('sales.lines.total')}</th>
            </tr>
          </thead>
          <tbody>
            {inv.lines.map((l, i) => (
              <tr key={l.id} data-testid="print-line">
                <td>{n(i + 1)}</td>
                <td className={classes.nowrap}><bdi dir="ltr">{l.productSku}</bdi></td>
                <td className={classes.wide}>{l.productName}</td>
                <td className={classes.nowrap}><bdi>{n(l.quantity)}</bdi> {l.unit && <bdi>{l.unit}</bdi>}</td>
                <td className={classes.num}>{m(l.unitBasePrice)}</td>
                <td className={classes.num}>{l.discount ? m(l.discount) : '—'}</td>
                <td className={classes.num}>{l.tax ? m(l.tax) : '—'}{l.taxRateBp > 0 && <div className={classes.muted}>{t('sales.lines.taxRate', { rate: percentOfBp(l.taxRateBp, lang) })}</div>}</td>
                <td className={classes.num}>{m(l.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <div className={classes.bottom}>
          <div className={classes.payments}>
            <div className={classes.partyTitle}>{t('sales.payments.title')}</div>
            {inv.payments.length === 0 && <div className={classes.muted}>{t('sales.payments.none')}</div>}
            {inv.payments.map((p) => (
              <div key={p.id} className={classes.payment} data-testid="print-payment">
                <span>{formatDate(p.paidAt, lang)} · {t(`sales.enums.PaymentMethod.${p.method}`)}{p.reference ? ' · ' : ''}{p.reference && <bdi dir="ltr">{p.reference}</bdi>}</span>
                <span className={classes.num}>{m(p.amount)}</span>
              </div>
            ))}
          </div>
          <table className={classes.totals}>
            <tbody>
              <tr><th>{t('sales.totals.subtotal')}</th><td>{m(inv.totals.subtotal)}</td></tr>
              <tr><th>{t('sales.totals.discount')}</th><td>{m(inv.totals.discountTotal)}</td></tr>
              <tr><th>{t('sales.totals.tax')}</th><td>{m(inv.totals.taxTotal)}</td></tr>
              <tr className={classes.grand}><th>{t('sales.totals.total')}</th><td data-testid="print-total">{m(inv.totals.total)}</td></tr>
              <tr><th>{t('sales.totals.paid')}</th><td>{m(inv.paidTotal)}</td></tr>
              <tr><th>{t('sales.totals.balance')}</th><td>{m(inv.balance)}</td></tr>
            </tbody>
          </table>
        </div>
        <footer className={classes.footer}>
          {t('sales.print.amountsIn', { unit: t(`currency.${unit}`) })}
        </footer>
      </article>
    </div>
  );
}
