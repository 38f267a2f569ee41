import { CallsToMake } from '@/features/automation/components/calls-to-make';
import { FollowUpPlans } from '@/features/automation/components/follow-up-plans';
import { JobHistory } from '@/features/automation/components/job-history';
import { UpcomingDates } from '@/features/automation/components/upcoming-dates';

export const CallsToMakeRoute = () => <CallsToMake />;
export const FollowUpPlansRoute = () => <FollowUpPlans />;
export const UpcomingDatesRoute = () => <UpcomingDates />;
export const JobHistoryRoute = () => <JobHistory />;
