import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { StaffRole } from '../../../core/auth/permissions';
import { SLUG_PATTERN } from '../../../core/graphql/validators';

const PASSWORD_MIN = 10;

@InputType()
export class SignUpInput {
  @Field() @IsString() @Length(1, 120) workspaceName: string;
  @Field({ nullable: true, description: 'Club address /club/<slug>; derived from the name when omitted' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'workspaceSlug must be 3–40 lower-case Latin letters, digits or dashes' })
  workspaceSlug?: string;
  @Field() @IsString() @Length(1, 120) fullName: string;
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` }) @MaxLength(200) password: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(['fa', 'en']) locale?: 'fa' | 'en';
}

@InputType()
export class LoginInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
  @Field({ nullable: true }) @IsOptional() @IsString() workspaceSlug?: string;
}

@InputType()
export class InviteStaffInput {
  @Field() @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
  @Field(() => StaffRole) @IsIn(Object.values(StaffRole)) role: StaffRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 200) token: string;
  @Field() @IsString() @Length(1, 120) fullName: string;
  @Field() @IsString() @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` }) @MaxLength(200) password: string;
}

@InputType()
export class ChangeStaffRoleInput {
  @Field(() => ID) @IsUUID('all', { message: 'staffMemberId must be an id' }) staffMemberId: string;
  @Field(() => StaffRole) @IsIn(Object.values(StaffRole)) role: StaffRole;
}

@InputType({ description: 'The signed-in staff member’s own profile; omitted fields stay as they are' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 120) fullName?: string;
  @Field(() => String, { nullable: true, description: 'fa or en: the language of the dashboard and of staff alerts' }) @IsOptional() @IsIn(['fa', 'en']) locale?: 'fa' | 'en';
  @Field(() => String, { nullable: true, description: 'Mobile number for SMS alerts (Iranian or international); empty string removes it' })
  @IsOptional() @IsString() @Length(0, 40) phone?: string;
}
