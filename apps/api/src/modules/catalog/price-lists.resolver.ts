import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { Connection, PageArgs } from '../../core/graphql/connection';
import { CreatePriceListInput, PriceListFilter, PriceListItemInput, UpdatePriceListInput } from './dto/price-list.inputs';
import { QuoteInput } from './dto/quote.inputs';
import { PriceList, PriceListConnection } from './models/price-list.model';
import { Quote } from './models/quote.model';
import { PriceListsService } from './price-lists.service';
import { PricingService } from './pricing.service';

@ArgsType()
class PriceListsArgs extends PageArgs {
  @Field(() => PriceListFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PriceListFilter) filter?: PriceListFilter;
}

@ArgsType()
class SetPriceListItemsArgs {
  @Field(() => ID) @IsUUID('all', { message: 'priceListId must be a price list id' }) priceListId: string;
  @Field(() => [PriceListItemInput]) @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => PriceListItemInput) items: PriceListItemInput[];
}

@Resolver(() => PriceList)
export class PriceListsResolver {
  constructor(
    private readonly service: PriceListsService,
    private readonly pricing: PricingService,
  ) {}

  @RequirePermission('inventory:read')
  @Query(() => PriceListConnection, { description: 'Price lists with their items, newest first' })
  priceLists(@Args() args: PriceListsArgs): Promise<Connection<PriceList>> {
    return this.service.list(args, args.filter ?? {});
  }

  @RequirePermission('inventory:read')
  @Query(() => Quote, { description: 'What a customer would pay for these lines now (or at `at`): price lists, coupon, tax — the same pricing sales documents use' })
  quote(@Args('input') input: QuoteInput): Promise<Quote> {
    return this.pricing.quote(input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => PriceList)
  createPriceList(@Args('input') input: CreatePriceListInput): Promise<PriceList> {
    return this.service.create(input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => PriceList)
  updatePriceList(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdatePriceListInput): Promise<PriceList> {
    return this.service.update(id, input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => PriceList, { description: 'Replaces every item of the list' })
  setPriceListItems(@Args() args: SetPriceListItemsArgs): Promise<PriceList> {
    return this.service.setItems(args.priceListId, args.items);
  }
}
