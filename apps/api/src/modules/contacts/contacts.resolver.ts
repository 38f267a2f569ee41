import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { PageArgs } from '../../core/graphql/connection';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import { ContactLoaders } from './contacts.loaders';
import { ContactsService } from './contacts.service';
import { ContactFilter, CreateContactInput, UpdateContactInput } from './dto/contact.inputs';
import { LifecycleService } from './lifecycle.service';
import { MergeService } from './merge.service';
import { ConsentChannel, ConsentStatus, LifecycleStage } from './models/contact.enums';
import {
  Contact, ContactConnection, ContactOrganization, ContactPhone, ImportantDate, RelatedPerson, StageChange,
} from './models/contact.model';

@ArgsType()
class ContactsArgs extends PageArgs {
  @Field(() => ContactFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ContactFilter) filter?: ContactFilter;
  @Field({ nullable: true, description: 'Persian-aware search over names, phones and email' }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@Resolver(() => Contact)
export class ContactsResolver {
  constructor(
    private readonly service: ContactsService,
    private readonly lifecycle: LifecycleService,
    private readonly merges: MergeService,
    private readonly loaders: ContactLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @RequirePermission('contacts:read')
  @Query(() => Contact, { description: 'The 360 file of one contact' })
  contact(@Args('id', { type: () => ID }) id: string): Promise<Contact> {
    return this.service.get(id);
  }

  @RequirePermission('contacts:read')
  @Query(() => ContactConnection)
  contacts(@Args() args: ContactsArgs) {
    return this.service.list(args, args.filter, args.search);
  }

  @RequirePermission('contacts:read')
  @Query(() => Contact, { nullable: true, description: 'Caller ID: finds the contact owning a number given in any usual form' })
  contactByPhone(@Args('phone') phone: string): Promise<Contact | null> {
    return this.service.byPhone(phone);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact)
  createContact(@Args('input') input: CreateContactInput): Promise<Contact> {
    return this.service.create(input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact)
  updateContact(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateContactInput): Promise<Contact> {
    return this.service.update(id, input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Boolean, { description: 'Soft delete: hidden from lists and lookups, history kept' })
  deleteContact(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.remove(id);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact, { description: 'Moves everything of the duplicate onto the primary contact and retires the duplicate' })
  mergeContacts(@Args('primaryId', { type: () => ID }) primaryId: string, @Args('duplicateId', { type: () => ID }) duplicateId: string): Promise<Contact> {
    return this.merges.merge(primaryId, duplicateId);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact, { description: 'Records a consent change for one channel, with its source (e.g. "club form", "phone call")' })
  setContactConsent(
    @Args('contactId', { type: () => ID }) contactId: string,
    @Args('channel', { type: () => ConsentChannel }) channel: ConsentChannel,
    @Args('status', { type: () => ConsentStatus }) status: ConsentStatus,
    @Args('source') source: string,
  ): Promise<Contact> {
    return this.service.setConsent(contactId, channel, status, source);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact, { description: 'A person’s judgement on the ladder: SUSPECT, PROSPECT, DISQUALIFIED or PARTNER, with the reason' })
  async changeContactStage(
    @Args('contactId', { type: () => ID }) contactId: string,
    @Args('stage', { type: () => LifecycleStage }) stage: LifecycleStage,
    @Args('reason') reason: string,
  ): Promise<Contact> {
    await this.lifecycle.changeStage(contactId, stage, reason);
    return this.service.get(contactId);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Int, { description: 'Adds tags to many contacts; returns how many changed' })
  bulkTagContacts(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('tags', { type: () => [String] }) tags: string[],
  ): Promise<number> {
    return this.service.bulkTag(ids, tags);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Int)
  bulkAssignContacts(@Args('ids', { type: () => [ID] }) ids: string[], @Args('ownerId', { type: () => ID }) ownerId: string): Promise<number> {
    return this.service.bulkAssign(ids, ownerId);
  }

  @ResolveField(() => [ContactPhone])
  phones(@Parent() contact: Contact) {
    return this.loaders.phones(contact.id);
  }

  @ResolveField(() => StaffMember, { nullable: true })
  owner(@Parent() contact: Contact) {
    return contact.ownerMemberId ? this.staff.load(contact.ownerMemberId) : null;
  }

  @ResolveField(() => [ContactOrganization])
  organizations(@Parent() contact: Contact) {
    return this.loaders.organizationsOf(contact.id);
  }

  @ResolveField(() => [RelatedPerson])
  relatedPeople(@Parent() contact: Contact) {
    return this.loaders.relatedPeople(contact.id);
  }

  @ResolveField(() => [ImportantDate])
  importantDates(@Parent() contact: Contact) {
    return this.loaders.importantDates('contactId', contact.id);
  }

  @ResolveField(() => [StageChange], { description: 'Every ladder move: when, from, to, why, by whom' })
  stageHistory(@Parent() contact: Contact) {
    return this.loaders.stageHistory(contact.id);
  }

  @ResolveField(() => [Contact], { description: 'Other contacts sharing a phone number or email' })
  possibleDuplicates(@Parent() contact: Contact) {
    return this.service.possibleDuplicates(contact.id);
  }
}

@Resolver(() => StageChange)
export class StageChangeResolver {
  constructor(private readonly staff: StaffLoader) {}

  @ResolveField(() => StaffMember, { nullable: true })
  changedBy(@Parent() change: StageChange) {
    return change.changedByMemberId ? this.staff.load(change.changedByMemberId) : null;
  }
}

@Resolver(() => RelatedPerson)
export class RelatedPersonResolver {
  constructor(private readonly loaders: ContactLoaders) {}

  @ResolveField(() => Contact, { nullable: true, description: 'When the relative is a contact too' })
  relatedContact(@Parent() person: RelatedPerson) {
    return person.relatedContactId ? this.loaders.contact(person.relatedContactId) : null;
  }

  @ResolveField(() => [ImportantDate])
  importantDates(@Parent() person: RelatedPerson) {
    return this.loaders.importantDates('relatedPersonId', person.id);
  }
}

