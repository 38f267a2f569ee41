import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CouponKind } from '../../../catalog/models/catalog.enums';
import { ClubNewsKind, PointsSource, RewardKind, SurveyQuestionType, TierBasis } from '../models/loyalty.models';

@InputType()
export class DailyCapInput {
  @Field(() => PointsSource) @IsEnum(PointsSource) source: PointsSource;
  @Field(() => Int) @IsInt() @Min(1) @Max(1_000_000) points: number;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateLoyaltySettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) purchasePoints?: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(1) purchaseUnit?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) callPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) smsPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) newsPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) surveyPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) contestPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) referrerPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) refereePoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) birthdayPoints?: number;
  @Field(() => [DailyCapInput], { nullable: true, description: 'Replaces all caps; a source not listed has no cap' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DailyCapInput)
  dailyCaps?: DailyCapInput[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() tierMultipliers?: boolean;
  @Field(() => Int, { nullable: true, description: 'null = points never expire' }) @IsOptional() @IsInt() @Min(1) @Max(120) expiryMonths?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(90) expiryWarningDays?: number;
  @Field(() => TierBasis, { nullable: true }) @IsOptional() @IsEnum(TierBasis) tierBasis?: TierBasis;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(60) tierWindowMonths?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() nextVoucherEnabled?: boolean;
  @Field(() => CouponKind, { nullable: true }) @IsOptional() @IsEnum(CouponKind) nextVoucherKind?: CouponKind;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(1) nextVoucherValue?: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(1) nextVoucherMaxDiscount?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(0) nextVoucherMinOrder?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) nextVoucherValidDays?: number;
}

@InputType()
export class SaveTierInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create' }) @IsOptional() @IsUUID('all', { message: 'id must be a tier id' }) id?: string | null;
  @Field({ description: 'Letters, digits, _ or -; stored upper-case' }) @IsString() @Length(1, 40) code: string;
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => Int, { description: 'Qualifying points (or purchases) over the window; 0 for the entry tier' }) @IsInt() @Min(0) threshold: number;
  @Field(() => Int, { nullable: true, description: '100–1000; default 100 (×1)' }) @IsOptional() @IsInt() @Min(100) @Max(1000) multiplierPercent?: number;
  @Field(() => ID, { nullable: true, description: 'A price list of kind TIER whose target is this code' }) @IsOptional() @IsUUID('all', { message: 'priceListId must be a price list id' }) priceListId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() freeShipping?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) benefits?: string | null;
}

@InputType()
export class SaveRewardInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create' }) @IsOptional() @IsUUID('all', { message: 'id must be a reward id' }) id?: string | null;
  @Field(() => RewardKind) @IsEnum(RewardKind) kind: RewardKind;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'VOUCHER and FREE_PRODUCT: points it costs (stamp cards cost none)' }) @IsOptional() @IsInt() @Min(0) @Max(10_000_000) pointsCost?: number;
  @Field(() => CouponKind, { nullable: true }) @IsOptional() @IsEnum(CouponKind) voucherKind?: CouponKind | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'PERCENT: basis points; FIXED: Rial' }) @IsOptional() @IsInt() @Min(1) voucherValue?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'PERCENT vouchers and category stamp cards: the most the voucher takes off' }) @IsOptional() @IsInt() @Min(1) maxDiscount?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) @IsOptional() @IsInt() @Min(0) minOrderTotal?: number;
  @Field(() => Int, { nullable: true, description: 'Days the voucher is valid; default 30' }) @IsOptional() @IsInt() @Min(1) @Max(365) validDays?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'productId must be a product id' }) productId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'categoryId must be a category id' }) categoryId?: string | null;
  @Field(() => Int, { nullable: true, description: 'STAMP_CARD: purchases of the product/category per free one' }) @IsOptional() @IsInt() @Min(2) @Max(100) stampsRequired?: number | null;
}

@InputType()
export class SurveyOptionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an existing option; null = a new one' }) @IsOptional() @IsString() @Length(1, 60) id?: string | null;
  @Field() @IsString() @MaxLength(200) text: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) textEn?: string | null;
}

@InputType()
export class SurveyQuestionInput {
  @Field(() => ID, { nullable: true, description: 'Keep the id of an existing question; null = a new one' }) @IsOptional() @IsString() @Length(1, 60) id?: string | null;
  @Field() @IsString() @MaxLength(500) text: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) textEn?: string | null;
  @Field(() => SurveyQuestionType) @IsEnum(SurveyQuestionType) type: SurveyQuestionType;
  @Field({ defaultValue: false }) @IsBoolean() required: boolean;
  @Field(() => [SurveyOptionInput], { nullable: true, description: 'Choice questions: 2 to 30 choices; TEXT: none' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionInput)
  options?: SurveyOptionInput[] | null;
}

@InputType()
export class SaveClubNewsInput {
  @Field(() => ClubNewsKind, { nullable: true, description: 'Default NEWS; cannot change once members answered' }) @IsOptional() @IsEnum(ClubNewsKind) kind?: ClubNewsKind | null;
  @Field(() => [SurveyQuestionInput], { nullable: true, description: 'Surveys: 1 to 50 questions (fixed once members answered, but for their wording)' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions?: SurveyQuestionInput[] | null;
  @Field(() => Date, { nullable: true, description: 'Surveys and contests: closed to new answers from then on; null = open' }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'id must be a news id' }) id?: string | null;
  @Field() @IsString() @Length(1, 200) title: string;
  @Field() @IsString() @MaxLength(20000) body: string;
  @Field(() => String, { nullable: true, description: 'Optional English title; empty or null = Persian only' }) @IsOptional() @IsString() @MaxLength(200) titleEn?: string | null;
  @Field(() => String, { nullable: true, description: 'English body; needs titleEn, and is required with it when the Persian body is not empty' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  bodyEn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'url must be an http(s) address' }) @MaxLength(1000) url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ require_protocol: true }, { message: 'imageUrl must be an http(s) address' }) @MaxLength(1000) imageUrl?: string | null;
  @Field(() => Int, { nullable: true, description: 'Points for opening it; null = the settings default' }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) points?: number | null;
  @Field({ description: 'Visible to members' }) @IsBoolean() published: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() archived?: boolean;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID) @IsString() @Length(1, 60) questionId: string;
  @Field(() => [ID], { nullable: true, description: 'Choice questions: the chosen option ids (one for SINGLE_CHOICE)' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  optionIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'TEXT questions: up to 2000 characters' }) @IsOptional() @IsString() text?: string | null;
}

@InputType()
export class ParticipateInClubNewsInput {
  @Field(() => ID) @IsUUID('all', { message: 'newsId must be a club news id' }) newsId: string;
  @Field(() => [SurveyAnswerInput], { nullable: true, description: 'Surveys: one answer per question answered' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers?: SurveyAnswerInput[] | null;
  @Field(() => String, { nullable: true, description: 'Contests: an optional answer, up to 2000 characters' }) @IsOptional() @IsString() text?: string | null;
}

@InputType()
export class AdjustPointsInput {
  @Field(() => ID) @IsUUID('all', { message: 'contactId must be a contact id' }) contactId: string;
  @Field(() => Int, { description: 'Signed, not 0' }) @IsInt() @Min(-10_000_000) @Max(10_000_000) delta: number;
  @Field() @IsString() @MaxLength(500) reason: string;
  @Field({ nullable: true, description: 'One per dialog submission: a retry with the same key answers the first adjustment' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'idempotencyKey must be 1–100 characters' })
  idempotencyKey?: string;
}
