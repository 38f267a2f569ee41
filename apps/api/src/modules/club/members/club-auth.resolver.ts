import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClubMember, Public } from '../../../core/auth/auth.decorators';
import { ClubAuthService } from './club-auth.service';
import { ClubSettingsService } from './club-settings.service';
import { CurrentMember } from './current-member';
import { LoginClubMemberInput, RequestClubCodeInput, SetClubPasswordInput, VerifyClubCodeInput } from './dto/club.inputs';
import { ClubCodeRequest, ClubMembership, ClubSession, PublicClub } from './models/club.models';

@Resolver()
export class ClubAuthResolver {
  constructor(
    private readonly auth: ClubAuthService,
    private readonly settings: ClubSettingsService,
    private readonly member: CurrentMember,
  ) {}

  @Public()
  @Query(() => PublicClub, { description: 'A club’s public face (the SPA’s first request)' })
  publicClub(@Args('slug') slug: string): Promise<PublicClub> {
    return this.settings.publicClub(slug);
  }

  @Public()
  @Mutation(() => ClubCodeRequest, { description: 'Sends a one-time code by SMS to sign up or sign in' })
  requestClubCode(@Args('input') input: RequestClubCodeInput): Promise<ClubCodeRequest> {
    return this.auth.requestCode(input);
  }

  @Public()
  @Mutation(() => ClubSession, { description: 'Checks the code: joins the club (when its approach allows) or signs in' })
  verifyClubCode(@Args('input') input: VerifyClubCodeInput): Promise<ClubSession> {
    return this.auth.verifyCode(input);
  }

  @Public()
  @Mutation(() => ClubSession)
  loginClubMember(@Args('input') input: LoginClubMemberInput): Promise<ClubSession> {
    return this.auth.login(input);
  }

  @Public()
  @Mutation(() => ClubSession, { description: 'Rotates the refresh token; a reused one signs out every session of that sign-in' })
  refreshClubSession(@Args('refreshToken') refreshToken: string): Promise<ClubSession> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean)
  logoutClubMember(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @ClubMember()
  @Mutation(() => ClubMembership, { description: 'Sets (or, with the current one, changes) the member’s password' })
  setClubPassword(@Args('input') input: SetClubPasswordInput): Promise<ClubMembership> {
    return this.auth.setPassword(this.member.get(), input);
  }
}
