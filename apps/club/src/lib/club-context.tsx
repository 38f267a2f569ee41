import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClubInfo } from '@/features/club/api/get-club';
import { safeColor, safeImageUrl } from './branding';
import { formatRial, moneyUnitOf } from './format';

export interface Club extends ClubInfo {
  /** The club's name in the reader's language. */
  name: string;
  /** The name as a bidi island (FSI … PDI), for interpolating a Persian name into English text and vice versa. */
  isolatedName: string;
  color: string;
  logo: string | null;
}

const ClubContext = createContext<Club | null>(null);

export function ClubProvider({ club, children }: { club: ClubInfo; children: ReactNode }) {
  const { i18n } = useTranslation();
  const name = (i18n.language === 'en' ? club.nameEn : club.nameFa) || club.nameFa;
  const value: Club = { ...club, name, isolatedName: `\u2068${name}\u2069`, color: safeColor(club.primaryColor), logo: safeImageUrl(club.logoUrl) };
  return <ClubContext.Provider value={value}>{children}</ClubContext.Provider>;
}

/** The club whose pages are showing (inside the club layout). */
export function useClub(): Club {
  const club = useContext(ClubContext);
  if (!club) throw new Error('useClub must be used inside <ClubProvider>');
  return club;
}

/** Rial amounts in the club's display currency (Toman unless the workspace chose Rial) and the reader's language. */
export function useMoney() {
  const { i18n } = useTranslation();
  const unit = moneyUnitOf(useClub().displayCurrency);
  return { unit, format: (rial: number | string | null | undefined) => formatRial(rial, unit, i18n.language) };
}
