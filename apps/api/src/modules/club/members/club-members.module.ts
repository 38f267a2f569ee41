import { Module } from '@nestjs/common';

/** Club members: sign-up and login by SMS code, sessions, profile, consent, family. */
@Module({})
export class ClubMembersModule {}
