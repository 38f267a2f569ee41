import { registerEnumType } from '@nestjs/graphql';

export enum PriceListKind {
  TIER = 'TIER',
  SEGMENT = 'SEGMENT',
  CONTACT = 'CONTACT',
  ALL = 'ALL',
}
registerEnumType(PriceListKind, {
  name: 'PriceListKind',
  description: 'Who a price list is for: a club tier (target = tier code), a segment (target = segment id), one contact (target = contact id), or everyone',
});

export enum CouponKind {
  PERCENT = 'PERCENT',
  FIXED = 'FIXED',
}
registerEnumType(CouponKind, { name: 'CouponKind', description: 'PERCENT: value in basis points (1000 = 10%); FIXED: value in Rial' });
