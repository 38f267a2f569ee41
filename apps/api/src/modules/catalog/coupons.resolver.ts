import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { Connection, PageArgs } from '../../core/graphql/connection';
import { CouponFilter, CreateCouponInput, UpdateCouponInput } from './dto/coupon.inputs';
import { Coupon, CouponConnection } from './models/coupon.model';
import { CouponsService } from './coupons.service';

@ArgsType()
class CouponsArgs extends PageArgs {
  @Field(() => CouponFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CouponFilter) filter?: CouponFilter;
}

@Resolver(() => Coupon)
export class CouponsResolver {
  constructor(private readonly service: CouponsService) {}

  @RequirePermission('campaigns:read')
  @Query(() => CouponConnection, { description: 'Coupons, newest first' })
  coupons(@Args() args: CouponsArgs): Promise<Connection<Coupon>> {
    return this.service.list(args, args.filter ?? {});
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => Coupon)
  createCoupon(@Args('input') input: CreateCouponInput): Promise<Coupon> {
    return this.service.create(input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => Coupon)
  updateCoupon(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCouponInput): Promise<Coupon> {
    return this.service.update(id, input);
  }

  @RequirePermission('campaigns:write')
  @Mutation(() => Coupon, { description: 'The code stops working at once; redemptions already made stay' })
  deactivateCoupon(@Args('id', { type: () => ID }) id: string): Promise<Coupon> {
    return this.service.deactivate(id);
  }
}
