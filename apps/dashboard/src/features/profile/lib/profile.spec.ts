import { alertEventText, profileFieldMessage, smsWithoutPhone, withChannel } from './profile';

const t = (key: string, options?: Record<string, unknown>) =>
  key === 'profile.alerts.events.task.assigned' ? 'A task was assigned to me' : ((options?.defaultValue as string | undefined) ?? `«${key}»`);

describe('profile', () => {
  it('puts the phone library’s messages in the reader’s language', () => {
    expect(profileFieldMessage('Phone number is too short.', t, 'fa')).toBe('شماره تلفن کوتاه است.');
    expect(profileFieldMessage('Unknown Iranian mobile prefix.', t, 'fa')).toBe('پیش‌شماره موبایل معتبر نیست.');
    expect(profileFieldMessage('Phone number is too short.', t, 'en')).toBe('Phone number is too short.');
    expect(profileFieldMessage('must not be empty', t, 'fa')).toBe('«validation.required»');
    expect(profileFieldMessage('something new', t, 'fa')).toBe('something new');
  });

  it('turns one alert channel on or off, keeping the page’s order', () => {
    expect(withChannel(['EMAIL'], 'SMS', true)).toEqual(['EMAIL', 'SMS']);
    expect(withChannel(['SMS'], 'EMAIL', true)).toEqual(['EMAIL', 'SMS']);
    expect(withChannel(['EMAIL', 'SMS'], 'EMAIL', false)).toEqual(['SMS']);
    expect(withChannel(['EMAIL'], 'EMAIL', false)).toEqual([]);
    expect(withChannel(['EMAIL'], 'EMAIL', true)).toEqual(['EMAIL']);
  });

  it('notices SMS alerts without a mobile number', () => {
    expect(smsWithoutPhone(['SMS'], null)).toBe(true);
    expect(smsWithoutPhone(['EMAIL', 'SMS'], ' ')).toBe(true);
    expect(smsWithoutPhone(['SMS'], '+989121234567')).toBe(false);
    expect(smsWithoutPhone(['EMAIL'], null)).toBe(false);
  });

  it('describes known events in the UI language and others as the server does', () => {
    expect(alertEventText({ event: 'task.assigned', description: 'کاری به من سپرده شد' }, t)).toBe('A task was assigned to me');
    expect(alertEventText({ event: 'ticket.new', description: 'تیکت تازه' }, t)).toBe('تیکت تازه');
  });
});
