import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClubMember, Public, RequirePermission } from '../../../core/auth/auth.decorators';
import { ClubCheckoutService } from './club-checkout.service';
import { ClubStoreService } from './club-store.service';
import { ClubCheckoutInput, ClubProductsArgs, ClubQuoteInput, RecordPurchaseInput, RecordReturnInput, RegisterClubMemberInput } from './dto/club-store.inputs';
import { ClubCategory, ClubOrder, ClubProduct, ClubProductConnection, ClubQuote, PluginMemberStatus, RecordedPurchase, RecordedReturn } from './models/club-store.models';
import { StorefrontPluginService } from './storefront-plugin.service';

@Resolver()
export class ClubStoreResolver {
  constructor(
    private readonly store: ClubStoreService,
    private readonly checkout: ClubCheckoutService,
  ) {}

  @Public()
  @Query(() => [ClubCategory], { description: 'The store’s category tree, depth-first' })
  clubCategories(@Args('slug') slug: string): Promise<ClubCategory[]> {
    return this.store.categories(slug);
  }

  @Public()
  @Query(() => ClubProductConnection, { description: 'Products on sale, newest first, priced for the caller (a member of this club: their own prices)' })
  clubProducts(@Args() args: ClubProductsArgs) {
    return this.store.list(args);
  }

  @Public()
  @Query(() => ClubProduct)
  clubProduct(@Args('slug') slug: string, @Args('id', { type: () => ID }) id: string): Promise<ClubProduct> {
    return this.store.product(slug, id);
  }

  @Public()
  @Query(() => ClubQuote, { description: 'Prices a cart; what would stop a checkout is listed in problems' })
  clubQuote(@Args('input') input: ClubQuoteInput): Promise<ClubQuote> {
    return this.store.quote(input);
  }

  @ClubMember()
  @Mutation(() => ClubOrder, { description: 'Places my order: a confirmed pro-forma (stock held), OUT_OF_STOCK names short products' })
  clubCheckout(@Args('input') input: ClubCheckoutInput): Promise<ClubOrder> {
    return this.checkout.checkout(input);
  }

  @ClubMember()
  @Query(() => ClubOrder, { description: 'One of my orders with its status chain (pro-forma → invoice → warehouse issue)' })
  myOrder(@Args('id', { type: () => ID }) id: string): Promise<ClubOrder> {
    return this.checkout.myOrder(id);
  }
}

/** For external shops with an API key (docs/CLUB.md "Store and plugins"). */
@Resolver()
export class StorefrontPluginResolver {
  constructor(private readonly plugin: StorefrontPluginService) {}

  @RequirePermission('club:write')
  @Mutation(() => PluginMemberStatus, { description: 'Finds or creates the customer by mobile and makes them a club member' })
  registerClubMember(@Args('input') input: RegisterClubMemberInput): Promise<PluginMemberStatus> {
    return this.plugin.registerMember(input);
  }

  @RequirePermission('club:write')
  @Mutation(() => RecordedPurchase, { description: 'Records a shop’s purchase once per (source, externalOrderId) and awards its points' })
  recordPurchase(@Args('input') input: RecordPurchaseInput): Promise<RecordedPurchase> {
    return this.plugin.recordPurchase(input);
  }

  @RequirePermission('club:write')
  @Mutation(() => RecordedReturn, {
    description: 'Records a return or refund of a reported purchase once per (source, externalOrderId, externalReturnId) and takes back its share of the points and stamps',
  })
  recordReturn(@Args('input') input: RecordReturnInput): Promise<RecordedReturn> {
    return this.plugin.recordReturn(input);
  }

  @RequirePermission('club:read')
  @Query(() => PluginMemberStatus, { nullable: true, description: 'A customer’s points, tier and usable vouchers by mobile; null when unknown' })
  clubMemberStatus(@Args('phone') phone: string): Promise<PluginMemberStatus | null> {
    return this.plugin.memberStatus(phone);
  }
}
