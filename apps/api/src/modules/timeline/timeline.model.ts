import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../core/graphql/connection';

export enum TimelineKind {
  CALL = 'CALL',
  SMS = 'SMS',
  EMAIL = 'EMAIL',
  WEB_FORM = 'WEB_FORM',
  SOCIAL = 'SOCIAL',
  MEETING = 'MEETING',
  VISIT = 'VISIT',
  NOTE = 'NOTE',
  STAGE_CHANGE = 'STAGE_CHANGE',
  TASK = 'TASK',
  CONSENT = 'CONSENT',
  CONTACT_CREATED = 'CONTACT_CREATED',
  CONTACT_MERGED = 'CONTACT_MERGED',
  ORDER = 'ORDER',
  OPPORTUNITY = 'OPPORTUNITY',
  INVOICE = 'INVOICE',
  TICKET = 'TICKET',
  POINTS = 'POINTS',
  CAMPAIGN = 'CAMPAIGN',
  SURVEY = 'SURVEY',
  CLUB = 'CLUB',
}
registerEnumType(TimelineKind, { name: 'TimelineKind' });

export enum Direction {
  IN = 'IN',
  OUT = 'OUT',
  NONE = 'NONE',
}
registerEnumType(Direction, { name: 'Direction' });

/** Interactions staff may log by hand (the rest are written by their modules' events). */
export const LOGGABLE_KINDS = [TimelineKind.CALL, TimelineKind.SMS, TimelineKind.EMAIL, TimelineKind.WEB_FORM, TimelineKind.SOCIAL, TimelineKind.MEETING, TimelineKind.VISIT, TimelineKind.NOTE];

@ObjectType()
export class TimelineItem {
  @Field(() => ID) id: string;
  @Field(() => TimelineKind) kind: TimelineKind;
  @Field(() => Direction) direction: Direction;
  @Field() occurredAt: Date;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
  actorMemberId: string | null;
  contactId: string;
}

export const TimelineItemConnection = ConnectionType(TimelineItem);
