import { toPersianDigits } from '@peyvand/text';
import type { CsatView } from './ticket-csat.service';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TEXT = {
  fa: {
    dir: 'rtl',
    title: 'نظرسنجی پشتیبانی',
    question: (v: CsatView) => `از پاسخ «${escape(v.workspaceName)}» به درخواست شماره ${toPersianDigits(String(v.number))} («${escape(v.subject)}») چقدر راضی بودید؟`,
    scores: ['خیلی ناراضی', 'ناراضی', 'معمولی', 'راضی', 'خیلی راضی'],
    comment: 'توضیح (اختیاری)',
    send: 'ثبت نظر',
    pick: 'لطفاً یکی از گزینه‌ها را انتخاب کنید.',
    thanks: 'سپاس! نظر شما ثبت شد.',
    closed: (v: CsatView) => (v.score ? `نظر شما (${toPersianDigits(String(v.score))} از ۵) پیش از این ثبت شده است.` : 'این نظرسنجی دیگر باز نیست.'),
    digit: (n: number) => toPersianDigits(String(n)),
  },
  en: {
    dir: 'ltr',
    title: 'Support survey',
    question: (v: CsatView) => `How satisfied were you with “${escape(v.workspaceName)}”’s answer to request #${v.number} (“${escape(v.subject)}”)?`,
    scores: ['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'],
    comment: 'Comment (optional)',
    send: 'Send',
    pick: 'Please choose one of the options.',
    thanks: 'Thank you! Your answer was recorded.',
    closed: (v: CsatView) => (v.score ? `Your answer (${v.score} of 5) was already recorded.` : 'This survey is no longer open.'),
    digit: (n: number) => String(n),
  },
} as const;

function page(lang: 'fa' | 'en', title: string, body: string): string {
  const t = TEXT[lang];
  return `<!doctype html>
<html lang="${lang}" dir="${t.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>body{font-family:Vazirmatn,Tahoma,system-ui,sans-serif;background:#f6f7f9;color:#1f2933;margin:0;padding:2rem 1rem}
main{max-width:32rem;margin:auto;background:#fff;border-radius:12px;padding:1.5rem 2rem;box-shadow:0 1px 4px rgba(0,0,0,.08);line-height:1.9}
h1{font-size:1.3rem;margin-top:0}fieldset{border:0;padding:0;margin:1rem 0;display:flex;flex-direction:column;gap:.4rem}
label.s{display:flex;gap:.6rem;align-items:center;border:1px solid #d9dee5;border-radius:8px;padding:.4rem .8rem;cursor:pointer}
textarea{width:100%;box-sizing:border-box;font:inherit;border:1px solid #d9dee5;border-radius:8px;padding:.5rem;min-height:5rem}
.err{color:#b42318}button{font:inherit;background:#0f766e;color:#fff;border:0;border-radius:8px;padding:.6rem 1.6rem;cursor:pointer;margin-top:1rem}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/** The question (when open), a closed notice, or the thanks after answering. */
export function csatPage(v: CsatView, state: { error?: 'score'; comment?: string | null; thanks?: boolean } = {}): string {
  const t = TEXT[v.language];
  if (state.thanks) return page(v.language, t.title, `<h1>${t.title}</h1><p>${t.thanks}</p>`);
  if (!v.open) return page(v.language, t.title, `<h1>${t.title}</h1><p>${t.closed(v)}</p>`);
  const choices = [5, 4, 3, 2, 1]
    .map((n) => `<label class="s"><input type="radio" name="score" value="${n}" required> <b>${t.digit(n)}</b> ${t.scores[n - 1]}</label>`)
    .join('');
  return page(
    v.language,
    t.title,
    `<h1>${t.title}</h1><p>${t.question(v)}</p>${state.error ? `<p class="err">${t.pick}</p>` : ''}
<form method="post"><fieldset>${choices}</fieldset><label>${t.comment}<textarea name="comment" maxlength="2000">${escape(state.comment ?? '')}</textarea></label>
<button type="submit">${t.send}</button></form>`,
  );
}

export function invalidCsatPage(): string {
  return page(
    'fa',
    'پیوند نامعتبر / Invalid link',
    `<h1>پیوند نامعتبر است</h1><p>این پیوند نظرسنجی معتبر نیست یا کامل کپی نشده است. پیوند را از همان پیامک دوباره باز کنید.</p>
<div dir="ltr" lang="en"><h1>This link is not valid</h1><p>This survey link is not valid or was not copied completely. Please open it again from the message.</p></div>`,
  );
}
