import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Contact } from '../contacts/models/contact.model';
import { Direction, TimelineItem } from '../timeline/timeline.model';

@ObjectType({ description: 'What the staff member sees while the phone rings' })
export class ScreenPop {
  @Field() callId: string;
  @Field({ description: 'The caller’s number (national form when Iranian)' }) phone: string;
  @Field(() => Direction) direction: string;
  @Field(() => String, { nullable: true }) extension: string | null;
  @Field(() => Contact, { nullable: true }) contact: Contact | null;
  @Field({ description: 'No contact has this number: offer to create one' }) isNewCaller: boolean;
  @Field(() => Int) openTasks: number;
  @Field(() => [TimelineItem]) lastInteractions: TimelineItem[];
}
