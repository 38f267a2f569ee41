import type { UnsubscribeView } from './unsubscribe.service';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  fa: {
    dir: 'rtl',
    title: 'لغو اشتراک ایمیل',
    confirm: (v: UnsubscribeView) => `با لغو اشتراک، نشانی <bdi dir="ltr">${escape(v.maskedAddress)}</bdi> دیگر ایمیل تبلیغاتی از «${escape(v.senderName)}» دریافت نمی‌کند. پیام‌های ضروری (مانند رسید سفارش) همچنان فرستاده می‌شوند.`,
    button: 'لغو اشتراک',
    done: (v: UnsubscribeView) => `اشتراک نشانی <bdi dir="ltr">${escape(v.maskedAddress)}</bdi> لغو شد. دیگر ایمیل تبلیغاتی از «${escape(v.senderName)}» دریافت نمی‌کنید.`,
    already: (v: UnsubscribeView) => `اشتراک نشانی <bdi dir="ltr">${escape(v.maskedAddress)}</bdi> پیش از این لغو شده است.`,
  },
  en: {
    dir: 'ltr',
    title: 'Unsubscribe',
    confirm: (v: UnsubscribeView) => `Unsubscribe ${escape(v.maskedAddress)} from marketing email from “${escape(v.senderName)}”? Necessary messages (such as order receipts) will still be sent.`,
    button: 'Unsubscribe',
    done: (v: UnsubscribeView) => `${escape(v.maskedAddress)} is unsubscribed: you will no longer receive marketing email from “${escape(v.senderName)}”.`,
    already: (v: UnsubscribeView) => `${escape(v.maskedAddress)} was already unsubscribed.`,
  },
} as const;

function page(lang: 'fa' | 'en', title: string, body: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}" dir="${t.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>body{font-family:Vazirmatn,Tahoma,system-ui,sans-serif;background:#f6f7f9;color:#1f2933;margin:0;padding:3rem 1rem}
main{max-width:32rem;margin:auto;background:#fff;border-radius:12px;padding:2rem;box-shadow:0 1px 4px rgba(0,0,0,.08);line-height:1.9}
h1{font-size:1.3rem;margin-top:0}button{font:inherit;background:#0f766e;color:#fff;border:0;border-radius:8px;padding:.6rem 1.6rem;cursor:pointer}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/** GET: the question and a button that POSTs to the same link. */
export function confirmPage(v: UnsubscribeView): string {
  const t = TEXT[v.language];
  if (v.alreadyUnsubscribed) return page(v.language, t.title, `<h1>${t.title}</h1><p>${t.already(v)}</p>`);
  return page(v.language, t.title, `<h1>${t.title}</h1><p>${t.confirm(v)}</p><form method="post"><button type="submit">${t.button}</button></form>`);
}

/** POST: done (also when it already was). */
export function donePage(v: UnsubscribeView): string {
  const t = TEXT[v.language];
  return page(v.language, t.title, `<h1>${t.title}</h1><p>${v.alreadyUnsubscribed ? t.already(v) : t.done(v)}</p>`);
}

/** A link that is not valid (altered, truncated, or its message is gone): both languages, since we cannot tell which. */
export function invalidPage(): string {
  return page(
    'fa',
    'پیوند نامعتبر / Invalid link',
    `<h1>پیوند نامعتبر است</h1><p>این پیوند لغو اشتراک معتبر نیست یا کامل کپی نشده است. پیوند را از همان ایمیل دوباره باز کنید.</p>
<div dir="ltr" lang="en"><h1>This link is not valid</h1><p>This unsubscribe link is not valid or was not copied completely. Please open it again from the email.</p></div>`,
  );
}
