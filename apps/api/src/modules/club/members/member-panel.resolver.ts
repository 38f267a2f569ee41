import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClubMember } from '../../../core/auth/auth.decorators';
import { PageArgs } from '../../../core/graphql/connection';
import { ImportantDate } from '../../contacts/models/contact.model';
import { CurrentMember } from './current-member';
import { AddMyFamilyMemberInput, AddMyImportantDateInput, ClubConsentInput, UpdateClubProfileInput } from './dto/club.inputs';
import { ClubCallConnection, ClubFamilyMember, ClubMemberProfile } from './models/club.models';
import { MemberMessageConnection, MemberOrderConnection, MemberPurchaseConnection } from './models/member-panel.models';
import { MemberPanelService } from './member-panel.service';

@Resolver()
export class MemberPanelResolver {
  constructor(
    private readonly panel: MemberPanelService,
    private readonly member: CurrentMember,
  ) {}

  @ClubMember()
  @Query(() => ClubMemberProfile, { description: 'The signed-in member: profile, consent per channel, membership' })
  clubMe() {
    return this.panel.me(this.member.get());
  }

  @ClubMember()
  @Mutation(() => ClubMemberProfile)
  updateClubProfile(@Args('input') input: UpdateClubProfileInput) {
    return this.panel.updateProfile(this.member.get(), input);
  }

  @ClubMember()
  @Mutation(() => ClubMemberProfile)
  updateClubConsent(@Args('input') input: ClubConsentInput) {
    return this.panel.updateConsent(this.member.get(), input);
  }

  @ClubMember()
  @Query(() => [ClubFamilyMember])
  myFamily() {
    return this.panel.myFamily(this.member.get());
  }

  @ClubMember()
  @Mutation(() => ClubFamilyMember)
  addMyFamilyMember(@Args('input') input: AddMyFamilyMemberInput) {
    return this.panel.addFamilyMember(this.member.get(), input);
  }

  @ClubMember()
  @Mutation(() => Boolean)
  removeMyFamilyMember(@Args('id', { type: () => ID }) id: string) {
    return this.panel.removeFamilyMember(this.member.get(), id);
  }

  @ClubMember()
  @Query(() => [ImportantDate], { description: 'My own important dates (birthday comes from the profile)' })
  myImportantDates() {
    return this.panel.myImportantDates(this.member.get());
  }

  @ClubMember()
  @Mutation(() => ImportantDate, { description: 'A date worth remembering (anniversary…), mine or a family member’s; yearly' })
  addMyImportantDate(@Args('input') input: AddMyImportantDateInput) {
    return this.panel.addImportantDate(this.member.get(), input);
  }

  @ClubMember()
  @Mutation(() => Boolean)
  removeMyImportantDate(@Args('id', { type: () => ID }) id: string) {
    return this.panel.removeImportantDate(this.member.get(), id);
  }

  @ClubMember()
  @Query(() => MemberMessageConnection, { description: 'SMS and emails the business sent me, and the SMS I sent' })
  myMessages(@Args() page: PageArgs) {
    return this.panel.myMessages(this.member.get(), page);
  }

  @ClubMember()
  @Query(() => ClubCallConnection)
  myCalls(@Args() page: PageArgs) {
    return this.panel.myCalls(this.member.get(), page);
  }

  @ClubMember()
  @Query(() => MemberPurchaseConnection, { description: 'My invoices' })
  myPurchases(@Args() page: PageArgs) {
    return this.panel.myPurchases(this.member.get(), page);
  }

  @ClubMember()
  @Query(() => MemberOrderConnection, { description: 'My pro-formas (club store orders and offers)' })
  myOrders(@Args() page: PageArgs) {
    return this.panel.myOrders(this.member.get(), page);
  }
}
