import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../../core/auth/auth.decorators';
import { SetStaffAlertPreferenceArgs, StaffAlertPreference } from './staff-alert.model';
import { StaffAlertsService } from './staff-alerts.service';

@Resolver()
export class StaffAlertsResolver {
  constructor(private readonly alerts: StaffAlertsService) {}

  @Authenticated()
  @Query(() => [StaffAlertPreference], { description: 'The events the signed-in member can be alerted about and the channels for each' })
  myAlertPreferences(): Promise<StaffAlertPreference[]> {
    return this.alerts.myPreferences();
  }

  @Authenticated()
  @Mutation(() => [StaffAlertPreference], { description: 'Chooses the channels (none = off) that alert the signed-in member of an event' })
  setMyAlertPreference(@Args() args: SetStaffAlertPreferenceArgs): Promise<StaffAlertPreference[]> {
    return this.alerts.setMyPreference(args.event, args.channels);
  }
}
