import type { MessagingSettingsFieldsFragment } from '@/gql/graphql';
import { formToInput, settingsToForm } from './settings-form';
import { minutesToTime, timeToMinutes } from './time-of-day';

const defaults: MessagingSettingsFieldsFragment = {
  emailFromName: null,
  emailFromAddress: null,
  emailReplyTo: null,
  emailFrom: 'Peyvand <no-reply@peyvand.local>',
  dkimDomain: null,
  dkimSelector: null,
  dkimKeySet: false,
  smsProvider: 'DEFAULT',
  smsSender: null,
  kavenegarUrl: null,
  smsGateway: null,
  smsCredentialsSet: false,
  smsCredentialFields: [],
  emailPerSecond: 50,
  smsPerSecond: 10,
  quietHoursStart: 1320,
  quietHoursEnd: 480,
  updatedAt: null,
};

describe('messaging settings form', () => {
  it('round-trips the defaults without touching secrets or provider configuration', () => {
    const values = settingsToForm(defaults);
    expect(values.quietHoursStart).toBe('22:00');
    expect(values.quietHoursEnd).toBe('08:00');
    const input = formToInput(values);
    expect(input).toEqual({
      emailFromName: null, emailFromAddress: null, emailReplyTo: null, dkimDomain: null, dkimSelector: null, smsProvider: 'DEFAULT', smsSender: null,
      emailPerSecond: 50, smsPerSecond: 10, quietHoursStart: 1320, quietHoursEnd: 480,
    });
    expect(input).not.toHaveProperty('smsCredentials');
    expect(input).not.toHaveProperty('dkimPrivateKey');
    expect(input).not.toHaveProperty('smsGateway');
  });

  it('sends a secret only when it is replaced, and clears it on request', () => {
    const values = settingsToForm({ ...defaults, smsProvider: 'KAVENEGAR', smsCredentialsSet: true, smsCredentialFields: ['apiKey'], dkimKeySet: true });
    values.credentialModes.apiKey = 'replace';
    values.smsCredentials.apiKey = 'new-key';
    values.dkimKeyMode = 'clear';
    const input = formToInput(values);
    expect(input.smsCredentials).toEqual({ apiKey: 'new-key' });
    expect(input.clearDkimKey).toBe(true);
    expect(input.kavenegarUrl).toBeNull();

    values.credentialModes.apiKey = 'clear';
    expect(formToInput(values).smsCredentials).toEqual({ apiKey: null });
    values.credentialModes.apiKey = 'replace';
    values.smsCredentials.apiKey = '';
    expect(formToInput(values)).not.toHaveProperty('smsCredentials');
  });

  it('builds the HTTP gateway from its rows, Persian digits and spaces in the sender number included', () => {
    const values = settingsToForm({ ...defaults, smsProvider: 'HTTP_GATEWAY' });
    values.smsGateway.url = ' https://sms.example.ir/send ';
    values.smsGateway.headers = [{ name: 'Authorization', value: 'Bearer {{apiKey}}' }, { name: ' ', value: 'ignored' }];
    values.smsSender = '۱۰۰۰ ۴۵۶';
    const input = formToInput(values);
    expect(input.smsSender).toBe('1000456');
    expect(input.smsGateway).toEqual({
      url: 'https://sms.example.ir/send', method: 'POST', contentType: 'FORM', headers: { Authorization: 'Bearer {{apiKey}}' },
      body: { to: '{{to}}', text: '{{text}}', from: '{{sender}}' }, numberFormat: 'E164', idPath: null, successPath: null, successValue: null,
    });
  });

  it('converts quiet hours between minutes and HH:MM', () => {
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(1439)).toBe('23:59');
    expect(timeToMinutes('۲۲:۳۰')).toBe(1350);
    expect(timeToMinutes('8:05')).toBe(485);
    expect(timeToMinutes('24:00')).toBeNull();
    expect(timeToMinutes('')).toBeNull();
  });
});
