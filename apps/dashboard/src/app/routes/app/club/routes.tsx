import { ClubMembersList } from '@/features/club/components/club-members-list';
import { ClubNewsEditor } from '@/features/club/components/club-news-editor';
import { ClubSettingsForm } from '@/features/club/components/club-settings-form';
import { LoyaltySettingsForm } from '@/features/club/components/loyalty-settings-form';
import { RewardsEditor } from '@/features/club/components/rewards-editor';
import { TiersEditor } from '@/features/club/components/tiers-editor';

export function ClubMembersRoute() {
  return <ClubMembersList />;
}

export function ClubLoyaltyRoute() {
  return <LoyaltySettingsForm />;
}

export function ClubTiersRoute() {
  return <TiersEditor />;
}

export function ClubRewardsRoute() {
  return <RewardsEditor />;
}

export function ClubNewsRoute() {
  return <ClubNewsEditor />;
}

export function ClubSettingsRoute() {
  return <ClubSettingsForm />;
}
