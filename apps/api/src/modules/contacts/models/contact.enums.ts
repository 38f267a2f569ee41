import { registerEnumType } from '@nestjs/graphql';

export enum LifecycleStage {
  SUSPECT = 'SUSPECT',
  PROSPECT = 'PROSPECT',
  DISQUALIFIED = 'DISQUALIFIED',
  FIRST_TIME_CUSTOMER = 'FIRST_TIME_CUSTOMER',
  REPEAT_CUSTOMER = 'REPEAT_CUSTOMER',
  CLIENT = 'CLIENT',
  ADVOCATE = 'ADVOCATE',
  PARTNER = 'PARTNER',
  INACTIVE = 'INACTIVE',
  LOST = 'LOST',
}
export enum Gender { FEMALE = 'FEMALE', MALE = 'MALE', OTHER = 'OTHER' }
export enum ContactSource { WEB_FORM = 'WEB_FORM', CLUB = 'CLUB', PHONE = 'PHONE', WALK_IN = 'WALK_IN', IMPORT = 'IMPORT', REFERRAL = 'REFERRAL', CAMPAIGN = 'CAMPAIGN', SOCIAL = 'SOCIAL', OTHER = 'OTHER' }
export enum ConsentChannel { EMAIL = 'EMAIL', SMS = 'SMS', CALL = 'CALL' }
export enum ConsentStatus { GRANTED = 'GRANTED', WITHDRAWN = 'WITHDRAWN', UNKNOWN = 'UNKNOWN' }
export enum CalendarSystem { JALALI = 'JALALI', GREGORIAN = 'GREGORIAN' }
export enum PhoneKind { MOBILE = 'MOBILE', LANDLINE = 'LANDLINE', FOREIGN = 'FOREIGN' }
export enum Relation { SPOUSE = 'SPOUSE', CHILD = 'CHILD', PARENT = 'PARENT', SIBLING = 'SIBLING', COLLEAGUE = 'COLLEAGUE', FRIEND = 'FRIEND', OTHER = 'OTHER' }
export enum ImportantDateKind { BIRTHDAY = 'BIRTHDAY', ANNIVERSARY = 'ANNIVERSARY', CHILD_BIRTHDAY = 'CHILD_BIRTHDAY', CONFERENCE = 'CONFERENCE', CUSTOM = 'CUSTOM' }
export enum Recurrence { YEARLY = 'YEARLY', ONCE = 'ONCE' }
export enum MessageChannel { SMS = 'SMS', EMAIL = 'EMAIL', CALL = 'CALL', NONE = 'NONE' }
export enum CustomFieldType { TEXT = 'TEXT', NUMBER = 'NUMBER', DATE = 'DATE', SELECT = 'SELECT', MULTI_SELECT = 'MULTI_SELECT' }
export enum ExportFormat { CSV = 'CSV', XLSX = 'XLSX' }

registerEnumType(LifecycleStage, { name: 'LifecycleStage', description: 'The customer ladder: suspect → … → partner; inactive/lost for win-back' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(ContactSource, { name: 'ContactSource' });
registerEnumType(ConsentChannel, { name: 'ConsentChannel' });
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
registerEnumType(CalendarSystem, { name: 'CalendarSystem' });
registerEnumType(PhoneKind, { name: 'PhoneKind' });
registerEnumType(Relation, { name: 'Relation' });
registerEnumType(ImportantDateKind, { name: 'ImportantDateKind' });
registerEnumType(Recurrence, { name: 'Recurrence' });
registerEnumType(MessageChannel, { name: 'MessageChannel' });
registerEnumType(CustomFieldType, { name: 'CustomFieldType' });
registerEnumType(ExportFormat, { name: 'ExportFormat' });
