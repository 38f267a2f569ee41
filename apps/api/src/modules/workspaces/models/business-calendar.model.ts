import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CalendarSystem } from '../../contacts/models/contact.enums';

@ObjectType({ description: 'An open range of a weekday, wall-clock HH:MM in the workspace time zone; end may be 24:00' })
export class BusinessHoursRange {
  @Field() start: string;
  @Field() end: string;
}

@ObjectType({ description: 'A day off: without a year it recurs every year in its calendar (Nowruz); with a year it is one-off (lunar holidays)' })
export class BusinessHoliday {
  @Field(() => CalendarSystem) calendar: CalendarSystem;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => Int) month: number;
  @Field(() => Int) day: number;
}

@ObjectType({ description: 'The business hours and holidays SLAs are counted in' })
export class BusinessCalendarModel {
  @Field({ description: "The workspace's IANA time zone (change it with updateWorkspace)" }) timeZone: string;
  @Field(() => [[BusinessHoursRange]], { description: 'Seven lists of open ranges, index 0 = Sunday … 6 = Saturday (Friday = 5); empty = closed' })
  week: BusinessHoursRange[][];
  @Field(() => [BusinessHoliday]) holidays: BusinessHoliday[];
  @Field({ description: 'True while the workspace uses the Iranian default (nothing saved yet)' }) isDefault: boolean;
  @Field({ description: 'Open at the moment of the request' }) openNow: boolean;
  @Field(() => Date, { nullable: true, description: 'The next time the workspace opens (now when open); null when it never does' })
  nextOpeningAt: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}
