import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../../core/auth/auth.decorators';
import { ContactLoaders } from '../../contacts/contacts.loaders';
import { Contact } from '../../contacts/models/contact.model';
import { ClubMembersService } from './club-members.service';
import { ClubSettingsService } from './club-settings.service';
import { BlockClubMemberInput, ClubMembersArgs, UpdateClubSettingsInput } from './dto/club.inputs';
import { ClubMember, ClubMemberConnection, ClubSettings } from './models/club.models';

@Resolver(() => ClubMember)
export class ClubStaffResolver {
  constructor(
    private readonly settings: ClubSettingsService,
    private readonly members: ClubMembersService,
    private readonly contacts: ContactLoaders,
  ) {}

  @RequirePermission('club:read')
  @Query(() => ClubSettings)
  clubSettings(): Promise<ClubSettings> {
    return this.settings.get();
  }

  @RequirePermission('club:manage')
  @Mutation(() => ClubSettings)
  updateClubSettings(@Args('input') input: UpdateClubSettingsInput): Promise<ClubSettings> {
    return this.settings.update(input);
  }

  @RequirePermission('club:read')
  @Query(() => ClubMemberConnection)
  clubMembers(@Args() args: ClubMembersArgs) {
    return this.members.list(args);
  }

  @RequirePermission('club:read')
  @Query(() => ClubMember, { nullable: true, description: 'The contact’s membership, or null when not a member' })
  clubMember(@Args('contactId', { type: () => ID }) contactId: string) {
    return this.members.get(contactId);
  }

  @RequirePermission('club:manage')
  @Mutation(() => ClubMember, { description: 'Makes the contact a member (no SMS); an existing membership is returned as is' })
  enrollClubMember(@Args('contactId', { type: () => ID }) contactId: string) {
    return this.members.enroll(contactId);
  }

  @RequirePermission('club:manage')
  @Mutation(() => ClubMember, { description: 'The member loses access at once (sessions revoked)' })
  blockClubMember(@Args('input') input: BlockClubMemberInput) {
    return this.members.block(input);
  }

  @RequirePermission('club:manage')
  @Mutation(() => ClubMember)
  unblockClubMember(@Args('contactId', { type: () => ID }) contactId: string) {
    return this.members.unblock(contactId);
  }

  @ResolveField(() => Contact, { nullable: true })
  contact(@Parent() member: ClubMember): Promise<Contact | null> {
    return this.contacts.contact(member.contactId);
  }
}
