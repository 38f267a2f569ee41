import { parseTemplate, placeholdersOf, render, TemplateRenderError, toEmailHtml, validateTemplate } from './template-renderer';
import { TEMPLATE_VARIABLES } from './template-variables';

const renderError = (fn: () => unknown): TemplateRenderError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof TemplateRenderError) return e;
    throw e;
  }
  throw new Error('expected a TemplateRenderError');
};

describe('parseTemplate', () => {
  it('splits literal text and {{ name }} placeholders, spaces inside the braces allowed', () => {
    expect(parseTemplate('سلام {{contact.firstName}} و {{ workspace.name }}!')).toEqual({
      parts: ['سلام ', { variable: 'contact.firstName', index: 5 }, ' و ', { variable: 'workspace.name', index: 29 }, '!'],
      problems: [],
    });
    expect(parseTemplate('{{otp.code}}').parts).toEqual([{ variable: 'otp.code', index: 0 }]);
    expect(parseTemplate('no placeholders, {single} braces are text').parts).toEqual(['no placeholders, {single} braces are text']);
  });

  it('reports unbalanced braces and malformed placeholders with their line and column', () => {
    expect(parseTemplate('Hi {{contact.firstName').problems).toEqual([{ index: 3, message: '"{{" is not closed with "}}" at line 1, column 4' }]);
    expect(parseTemplate('Hi\ncontact.firstName}} there').problems).toEqual([{ index: 20, message: '"}}" without a matching "{{" at line 2, column 18' }]);
    expect(parseTemplate('{{a {{contact.firstName}}').problems.map((p) => p.message)).toEqual(['"{{" is not closed with "}}" at line 1, column 1']);
    expect(parseTemplate('{{contact first}}').problems[0].message).toContain('"{{contact first}}" at line 1, column 1 is not a variable name');
    expect(parseTemplate('x {{ }} y').problems[0].message).toBe('empty placeholder "{{}}" at line 1, column 3');
  });

  it('lists the variables used, each once', () => {
    expect(placeholdersOf('{{contact.firstName}} {{coupon.code}}', null, '{{coupon.code}} {{date.today}}')).toEqual(['contact.firstName', 'coupon.code', 'date.today']);
  });
});

describe('validateTemplate', () => {
  it('accepts every variable of the catalog', () => {
    expect(validateTemplate('{{contact.fullName}}', TEMPLATE_VARIABLES.map((v) => `{{${v.name}}}`).join(' '))).toEqual([]);
  });

  it('names an unknown variable and where it is, suggesting a close match', () => {
    expect(validateTemplate('{{contact.frstName}}', 'Hi {{customer.name}} {{customer.name}}')).toEqual([
      { field: 'subject', variable: 'contact.frstName', message: 'unknown variable {{contact.frstName}} (did you mean {{contact.firstName}}?)' },
      { field: 'body', variable: 'customer.name', message: 'unknown variable {{customer.name}} (see templateVariables for the ones available)' },
    ]);
  });

  it('reports unbalanced braces in the subject and body', () => {
    expect(validateTemplate('Order {{order.number', 'Total }}')).toEqual([
      { field: 'subject', message: '"{{" is not closed with "}}" at line 1, column 7' },
      { field: 'body', message: '"}}" without a matching "{{" at line 1, column 7' },
    ]);
  });
});

describe('render', () => {
  const now = new Date('2026-01-10T08:00:00Z');
  const values = {
    'contact.firstName': 'نرگس',
    'contact.email': null,
    'contact.birthDate': { calendar: 'JALALI', year: 1365, month: 4, day: 12 },
    'date.today': now,
    'loyalty.points': 1250,
    'order.total': 12_500_000,
    'coupon.expiresAt': '2026-03-21',
    'coupon.code': 'BDAY-7K3Q',
  };

  it('renders Persian: Jalali dates with Persian digits, grouped numbers, money in Toman', () => {
    expect(render('{{contact.firstName}} عزیز، تولد {{contact.birthDate}} مبارک', values, 'fa', { now })).toBe('نرگس عزیز، تولد ۱۲ تیر ۱۳۶۵ مبارک');
    expect(render('{{loyalty.points}} امتیاز، سفارش {{order.total}}', values, 'fa')).toBe('۱٬۲۵۰ امتیاز، سفارش ۱٬۲۵۰٬۰۰۰ تومان');
    expect(render('کد {{coupon.code}} تا {{coupon.expiresAt}}', values, 'fa')).toBe('کد BDAY-7K3Q تا ۱ فروردین ۱۴۰۵');
    expect(render('{{date.today}}', values, 'fa', { now })).toBe('۲۰ دی ۱۴۰۴');
  });

  it('renders English: Gregorian dates and Latin digits', () => {
    expect(render('Born {{contact.birthDate}}; {{loyalty.points}} points; total {{order.total}}', values, 'en')).toBe('Born 3 July 1986; 1,250 points; total 1,250,000 Toman');
    expect(render('Expires {{coupon.expiresAt}}', values, 'en')).toBe('Expires 21 March 2026');
  });

  it('shows money in the workspace display currency', () => {
    expect(render('{{order.total}}', values, 'fa', { currency: 'IRR' })).toBe('۱۲٬۵۰۰٬۰۰۰ ریال');
    expect(render('{{order.total}}', { 'order.total': '125000005' }, 'en', { currency: 'IRT' })).toBe('12,500,000.5 Toman');
  });

  it('takes instants in the workspace time zone', () => {
    const instant = new Date('2026-03-20T21:00:00Z'); // 00:30 on 1 Farvardin in Tehran, still 20 March in UTC
    expect(render('{{coupon.expiresAt}}', { 'coupon.expiresAt': instant }, 'fa', { timeZone: 'Asia/Tehran' })).toBe('۱ فروردین ۱۴۰۵');
    expect(render('{{coupon.expiresAt}}', { 'coupon.expiresAt': instant }, 'fa', { timeZone: 'UTC' })).toBe('۲۹ اسفند ۱۴۰۴');
    expect(render('{{coupon.expiresAt}}', { 'coupon.expiresAt': instant.toISOString() }, 'en', { timeZone: 'Asia/Tehran' })).toBe('21 March 2026');
  });

  it('renders a birthday without a year as day and month, in the other calendar on its next occurrence', () => {
    const yearless = { 'contact.birthDate': { calendar: 'jalali', month: 1, day: 1 } };
    expect(render('{{contact.birthDate}}', yearless, 'fa', { now })).toBe('۱ فروردین');
    expect(render('{{contact.birthDate}}', yearless, 'en', { now })).toBe('21 March');
  });

  it('renders null (a contact without that data) as nothing', () => {
    expect(render('[{{contact.email}}]', values, 'en')).toBe('[]');
  });

  it('a missing param is an error naming it', () => {
    const e = renderError(() => render('کد شما {{otp.code}}', values, 'fa'));
    expect(e).toMatchObject({ reason: 'missing', variable: 'otp.code', message: 'no value for {{otp.code}}: the sender must supply it' });
  });

  it('refuses unknown variables, bad syntax and values of the wrong kind', () => {
    expect(renderError(() => render('{{contact.age}}', values, 'fa'))).toMatchObject({ reason: 'unknown', variable: 'contact.age' });
    expect(renderError(() => render('{{contact.firstName', values, 'fa'))).toMatchObject({ reason: 'syntax' });
    expect(renderError(() => render('{{order.total}}', { 'order.total': 12.5 }, 'fa'))).toMatchObject({ reason: 'invalid', variable: 'order.total' });
    expect(renderError(() => render('{{coupon.expiresAt}}', { 'coupon.expiresAt': 'next week' }, 'fa'))).toMatchObject({ reason: 'invalid', variable: 'coupon.expiresAt' });
    expect(renderError(() => render('{{loyalty.points}}', { 'loyalty.points': 'many' }, 'fa'))).toMatchObject({ reason: 'invalid', variable: 'loyalty.points' });
  });
});

describe('toEmailHtml', () => {
  it('escapes HTML, makes paragraphs of blank-line-separated blocks and <br> of single newlines, rtl for fa', () => {
    expect(toEmailHtml('سلام <نرگس> & "دوستان"،\r\nخوش آمدید.\n\n\n  \nبا احترام\n', 'fa')).toBe(
      '<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif">' +
        '<p>سلام &lt;نرگس&gt; &amp; &quot;دوستان&quot;،<br>خوش آمدید.</p><p>با احترام</p></body></html>',
    );
  });

  it('is left-to-right for English', () => {
    expect(toEmailHtml("It's here", 'en')).toBe(
      '<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif"><p>It&#39;s here</p></body></html>',
    );
  });
});
