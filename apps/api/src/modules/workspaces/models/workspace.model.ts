import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Workspace {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field({ description: 'IANA time zone; dates are shown and scheduled in it' }) timezone: string;
  @Field({ description: '"fa" or "en"' }) defaultLocale: string;
  @Field({ description: '"IRR" (Rial) or "IRT" (Toman); amounts are always stored in Rial' }) displayCurrency: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class ClubBranding {
  @Field() primaryColor: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field(() => String, { nullable: true }) tagline: string | null;
}

@ObjectType({ description: 'What anyone may see of a workspace: its club landing page' })
export class PublicWorkspace {
  @Field() name: string;
  @Field() slug: string;
  @Field() defaultLocale: string;
  @Field(() => ClubBranding) branding: ClubBranding;
}
