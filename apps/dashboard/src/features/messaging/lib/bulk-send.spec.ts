import { bulkProgress, bulkSendInput, type BulkSendFormValues } from './bulk-send';

describe('bulk send', () => {
  const text: BulkSendFormValues = { channel: 'SMS', mode: 'text', templateId: null, purpose: 'MARKETING', subject: 'ignored', body: 'سلام {{contact.firstName}}' };

  it('sends one-off text to the list’s filter and search (SMS has no subject)', () => {
    expect(bulkSendInput(text, { filter: { tags: ['vip'] }, search: ' زهرا ', total: 3 }, {})).toEqual({
      filter: { tags: ['vip'] },
      search: 'زهرا',
      channel: 'SMS',
      purpose: 'MARKETING',
      subject: null,
      body: 'سلام {{contact.firstName}}',
    });
  });

  it('leaves out an empty filter and search (the whole list)', () => {
    const email = { ...text, channel: 'EMAIL' as const, subject: ' Hello ' };
    expect(bulkSendInput(email, { filter: {}, search: '  ', total: 8 }, {})).toEqual({ channel: 'EMAIL', purpose: 'MARKETING', subject: 'Hello', body: text.body });
    expect(bulkSendInput(email, { total: 8 }, {})).not.toHaveProperty('filter');
  });

  it('sends a template with its params and the template’s own purpose', () => {
    const input = bulkSendInput({ ...text, mode: 'template', templateId: 't1' }, { filter: { city: 'تهران' }, total: 2 }, { 'coupon.code': 'GIFT' });
    expect(input).toEqual({ filter: { city: 'تهران' }, channel: 'SMS', templateId: 't1', params: { 'coupon.code': 'GIFT' } });
    expect(input).not.toHaveProperty('purpose');
  });

  it('shows progress against the audience, capped, and full once finished', () => {
    expect(bulkProgress({ status: 'RUNNING', queued: 0, skipped: 0 }, 4)).toBe(0);
    expect(bulkProgress({ status: 'RUNNING', queued: 2, skipped: 1 }, 4)).toBe(75);
    expect(bulkProgress({ status: 'RUNNING', queued: 5, skipped: 1 }, 4)).toBe(100);
    expect(bulkProgress({ status: 'RUNNING', queued: 0, skipped: 0 }, 0)).toBe(0);
    expect(bulkProgress({ status: 'DONE', queued: 0, skipped: 0 }, 4)).toBe(100);
    expect(bulkProgress({ status: 'FAILED', queued: 1, skipped: 0 }, 4)).toBe(100);
  });
});
