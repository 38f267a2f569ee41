import { ClubLanding } from '@/features/club/components/club-landing';

export function LandingRoute() {
  return <ClubLanding />;
}
