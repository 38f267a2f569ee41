import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { BusinessCalendarService } from './business-calendar.service';
import { UpdateBusinessCalendarInput } from './dto/update-business-calendar.input';
import { BusinessCalendarModel } from './models/business-calendar.model';

@Resolver()
export class BusinessCalendarResolver {
  constructor(private readonly calendars: BusinessCalendarService) {}

  @RequirePermission('workspace:read')
  @Query(() => BusinessCalendarModel, { description: 'Business hours and holidays of the workspace (SLAs count in them)' })
  businessCalendar(): Promise<BusinessCalendarModel> {
    return this.calendars.get();
  }

  @RequirePermission('workspace:manage')
  @Mutation(() => BusinessCalendarModel)
  updateBusinessCalendar(@Args('input') input: UpdateBusinessCalendarInput): Promise<BusinessCalendarModel> {
    return this.calendars.update(input);
  }
}
