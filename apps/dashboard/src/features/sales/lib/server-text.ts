import type { TFunction } from 'i18next';

/**
 * The API's English field messages that a person is likely to see, in the reader's language (unknown ones are shown
 * as they came). `balanceText` is the formatted balance, used by the overpayment message.
 */
export function fieldMessageText(message: string, t: TFunction, values: { balanceText?: string } = {}): string {
  if (/^is more than the balance/.test(message)) return t('sales.serverText.overBalance', { balance: values.balanceText ?? '' });
  if (/already paid in full/.test(message)) return t('sales.serverText.paidInFull');
  if (/above 0|must be a whole number/.test(message)) return t('sales.serverText.positiveAmount');
  if (/cannot be in the future/.test(message)) return t('sales.serverText.future');
  if (/^say why/.test(message)) return t('sales.serverText.reasonRequired');
  if (/coupon|code/i.test(message) && /(expired|not found|unknown|no longer|used|minimum|not valid|invalid|does not)/i.test(message)) return t('sales.serverText.coupon');
  return message;
}
