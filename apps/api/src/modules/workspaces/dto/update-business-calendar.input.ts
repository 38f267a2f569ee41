import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CalendarSystem } from '../../contacts/models/contact.enums';

@InputType()
export class BusinessHoursRangeInput {
  @Field({ description: "'HH:MM', 00:00–23:59" }) @IsString() @MaxLength(5) start: string;
  @Field({ description: "'HH:MM', later than start; '24:00' = midnight at the end of the day" }) @IsString() @MaxLength(5) end: string;
}

@InputType()
export class BusinessHolidayInput {
  @Field(() => CalendarSystem) @IsEnum(CalendarSystem) calendar: CalendarSystem;
  @Field(() => Int, { nullable: true, description: 'Absent: every year; present: that year only' }) @IsOptional() @IsInt() year?: number | null;
  @Field(() => Int) @IsInt() month: number;
  @Field(() => Int) @IsInt() day: number;
}

/** What is left out keeps its current value. Time-range and date problems are reported by the service with their paths. */
@InputType()
export class UpdateBusinessCalendarInput {
  @Field(() => [[BusinessHoursRangeInput]], { nullable: true, description: 'Exactly seven lists, index 0 = Sunday … 6 = Saturday' })
  @IsOptional()
  @IsArray()
  week?: BusinessHoursRangeInput[][];

  @Field(() => [BusinessHolidayInput], { nullable: true, description: 'Replaces the whole list (at most 500)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BusinessHolidayInput)
  holidays?: BusinessHolidayInput[];
}
