import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { PageArgs } from '../../core/graphql/connection';
import { ContactLoaders } from './contacts.loaders';
import { CustomFieldsService } from './custom-fields.service';
import { CustomFieldInput, ImportantDateInput, LifecycleSettingsInput, OrganizationInput, RelatedPersonInput } from './dto/contact.inputs';
import { FamilyService } from './family.service';
import { LifecycleService } from './lifecycle.service';
import { Contact, CustomFieldDefinition, ImportantDate, LifecycleSettings, Organization, OrganizationConnection, RelatedPerson } from './models/contact.model';
import { OrganizationsService } from './organizations.service';

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
}

/** Organisations, related people, important dates, custom fields and ladder settings. */
@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly family: FamilyService,
    private readonly customFields: CustomFieldsService,
    private readonly lifecycle: LifecycleService,
    private readonly loaders: ContactLoaders,
  ) {}

  @RequirePermission('contacts:read')
  @Query(() => OrganizationConnection)
  organizations(@Args() args: OrganizationsArgs) {
    return this.service.list(args, args.search);
  }

  @RequirePermission('contacts:read')
  @Query(() => Organization)
  organization(@Args('id', { type: () => ID }) id: string): Promise<Organization> {
    return this.service.get(id);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Organization)
  createOrganization(@Args('input') input: OrganizationInput): Promise<Organization> {
    return this.service.create(input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Organization)
  updateOrganization(@Args('id', { type: () => ID }) id: string, @Args('input') input: OrganizationInput): Promise<Organization> {
    return this.service.update(id, input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact)
  linkContactToOrganization(
    @Args('contactId', { type: () => ID }) contactId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('title', { type: () => String, nullable: true }) title?: string | null,
  ): Promise<Contact> {
    return this.service.link(contactId, organizationId, title);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Contact)
  unlinkContactFromOrganization(
    @Args('contactId', { type: () => ID }) contactId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<Contact> {
    return this.service.unlink(contactId, organizationId);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => RelatedPerson)
  addRelatedPerson(@Args('contactId', { type: () => ID }) contactId: string, @Args('input') input: RelatedPersonInput): Promise<RelatedPerson> {
    return this.family.addRelatedPerson(contactId, input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => RelatedPerson)
  updateRelatedPerson(@Args('id', { type: () => ID }) id: string, @Args('input') input: RelatedPersonInput): Promise<RelatedPerson> {
    return this.family.updateRelatedPerson(id, input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Boolean)
  removeRelatedPerson(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.family.removeRelatedPerson(id);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => ImportantDate, { description: 'A birthday, anniversary, child’s birthday, conference… on a contact, a related person or an organisation' })
  addImportantDate(@Args('input') input: ImportantDateInput): Promise<ImportantDate> {
    return this.family.addImportantDate(input);
  }

  @RequirePermission('contacts:write')
  @Mutation(() => Boolean)
  removeImportantDate(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.family.removeImportantDate(id);
  }

  @RequirePermission('contacts:read')
  @Query(() => [CustomFieldDefinition])
  customFieldDefinitions(): Promise<CustomFieldDefinition[]> {
    return this.customFields.list();
  }

  @RequirePermission('workspace:manage')
  @Mutation(() => CustomFieldDefinition)
  defineCustomField(@Args('input') input: CustomFieldInput): Promise<CustomFieldDefinition> {
    return this.customFields.define(input);
  }

  @RequirePermission('workspace:manage')
  @Mutation(() => Boolean, { description: 'Deletes the field and its values on every contact' })
  deleteCustomField(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.customFields.remove(id);
  }

  @RequirePermission('contacts:read')
  @Query(() => LifecycleSettings)
  lifecycleSettings(): Promise<LifecycleSettings> {
    return this.lifecycle.getSettings();
  }

  @RequirePermission('workspace:manage')
  @Mutation(() => LifecycleSettings)
  updateLifecycleSettings(@Args('input') input: LifecycleSettingsInput): Promise<LifecycleSettings> {
    return this.lifecycle.updateSettings(input);
  }

  @ResolveField(() => [ImportantDate])
  importantDates(@Parent() org: Organization) {
    return this.loaders.importantDates('organizationId', org.id);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() org: Organization) {
    return this.loaders.memberCount(org.id);
  }
}
