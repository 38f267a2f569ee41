import { filledParams, paramVariablesOf } from './template-params';

describe('template params', () => {
  const catalog = [
    { name: 'contact.firstName', source: 'CONTACT' },
    { name: 'coupon.code', source: 'PARAM' },
    { name: 'coupon.expiresAt', source: 'PARAM' },
  ];

  it('are the PARAM variables of the template, in its order', () => {
    expect(paramVariablesOf(['coupon.expiresAt', 'contact.firstName', 'coupon.code', 'unknown.x'], catalog)).toEqual(['coupon.expiresAt', 'coupon.code']);
    expect(paramVariablesOf([], catalog)).toEqual([]);
  });

  it('sends only the filled values of the template’s params', () => {
    expect(filledParams({ 'coupon.code': 'GIFT', 'coupon.expiresAt': '  ', 'old.param': 'x' }, ['coupon.code', 'coupon.expiresAt'])).toEqual({ 'coupon.code': 'GIFT' });
  });
});
