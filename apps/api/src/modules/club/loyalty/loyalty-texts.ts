import { toPersianDigits } from '@peyvand/text';

/** A system-written text in both languages; the ledger stores it in the workspace's language (members read it). */
export interface LocalText {
  fa: string;
  en: string;
}

const fa = (value: string | number) => toPersianDigits(String(value));

/** Reasons of the ledger entries the club writes itself (staff adjustments keep the words typed). */
export const REASONS = {
  purchase: (label: string | null): LocalText => ({ fa: label ? `خرید ${fa(label)}` : 'خرید', en: label ? `Purchase ${label}` : 'Purchase' }),
  invoiceCancelled: (number: string): LocalText => ({ fa: `لغو فاکتور ${fa(number)}`, en: `Invoice ${number} cancelled` }),
  returned: (issue: number, all: boolean): LocalText => all
    ? { fa: `مرجوعی کالاهای حواله ${fa(issue)}`, en: `Goods of warehouse issue #${issue} returned` }
    : { fa: `مرجوعی بخشی از حواله ${fa(issue)}`, en: `Part of warehouse issue #${issue} returned` },
  pluginReturned: (source: string, order: string, all: boolean): LocalText => all
    ? { fa: `مرجوعی سفارش ${fa(order)} از ${source}`, en: `Order ${order} at ${source} returned` }
    : { fa: `مرجوعی بخشی از سفارش ${fa(order)} از ${source}`, en: `Part of order ${order} at ${source} returned` },
  call: (): LocalText => ({ fa: 'تماس تلفنی با ما', en: 'Called us' }),
  sms: (): LocalText => ({ fa: 'پیامک به ما', en: 'Sent us an SMS' }),
  news: (title: string): LocalText => ({ fa: `خواندن خبر باشگاه: ${title}`, en: `Opened club news: ${title}` }),
  survey: (title: string): LocalText => ({ fa: `شرکت در نظرسنجی: ${title}`, en: `Answered the survey: ${title}` }),
  contest: (title: string): LocalText => ({ fa: `شرکت در مسابقه: ${title}`, en: `Entered the contest: ${title}` }),
  referrer: (): LocalText => ({ fa: 'معرفی یک مشتری تازه', en: 'Referred a new customer' }),
  referee: (): LocalText => ({ fa: 'عضویت با معرفی دوست', en: 'Joined through a referral' }),
  birthday: (year: number): LocalText => ({ fa: `هدیه تولد ${fa(year)}`, en: `Birthday bonus ${year}` }),
  redeemed: (reward: string): LocalText => ({ fa: `دریافت جایزه: ${reward}`, en: `Redeemed: ${reward}` }),
  expired: (): LocalText => ({ fa: 'انقضای امتیاز', en: 'Points expired' }),
  mergedIn: (name: string): LocalText => ({ fa: `انتقال امتیاز از پرونده‌ی تکراری ${name}`, en: `Points of the merged duplicate ${name}` }),
  mergedOut: (): LocalText => ({ fa: 'انتقال امتیاز به پرونده‌ی اصلی', en: 'Points moved to the surviving contact' }),
};
