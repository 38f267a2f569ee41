export type { CalendarDate, CalendarKind, DateInput, FullCalendarDate, GregorianDate, JalaliDate, PlainDate } from './types';
export {
  MAX_JALALI_YEAR,
  MIN_JALALI_YEAR,
  gregorianMonthLength,
  gregorianToJdn,
  isGregorianLeapYear,
  isJalaliLeapYear,
  isValidGregorianDate,
  isValidJalaliDate,
  jalaliMonthLength,
  jalaliToJdn,
  jdnToGregorian,
  jdnToJalali,
  toGregorian,
  toJalali,
} from './jalali';
export {
  addDays,
  compareDates,
  daysBetween,
  formatISODate,
  isValidCalendarDate,
  maxMonthLength,
  parseISODate,
  toGregorianDate,
} from './plain-date';
export type { LocalTime, ZonedDateTime } from './zone';
export { DEFAULT_TIME_ZONE, timeZoneOffsetMinutes, zonedDateTime, zonedDateTimeToInstant, zonedToday } from './zone';
export type { NextOccurrenceOptions, Occurrence } from './occurrence';
export { daysUntil, nextOccurrence, resolveYearlyDate } from './occurrence';
export type { Digits, FormatJalaliOptions, NameLocale } from './format';
export { JALALI_MONTH_NAMES_EN, JALALI_MONTH_NAMES_FA, formatJalali, jalaliMonthName, parseJalali } from './format';
export type { WorkingDayOptions } from './week';
export {
  IRANIAN_FRIDAY,
  IRANIAN_THURSDAY,
  IRANIAN_WEEKDAY_NAMES_EN,
  IRANIAN_WEEKDAY_NAMES_FA,
  iranianWeekday,
  iranianWeekdayName,
  isIranianWorkingDay,
  startOfIranianWeek,
} from './week';
export type { BusinessCalendar, BusinessCalendarProblem, BusinessHoliday, BusinessHoursRange, Weekday } from './business-time';
export {
  IRAN_DEFAULT_CALENDAR,
  IRAN_FIXED_HOLIDAYS,
  addBusinessMinutes,
  alwaysOpenCalendar,
  businessMinutesBetween,
  isOpen,
  nextOpening,
  validateBusinessCalendar,
} from './business-time';
