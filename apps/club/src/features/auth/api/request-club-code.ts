import { useMutation } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { provisional } from './session-fields';

export type ClubCodePurpose = 'SIGN_UP' | 'LOGIN' | 'CHECKOUT';

export interface RequestClubCodeInput {
  slug: string;
  phone: string;
  purpose: ClubCodePurpose;
  locale?: string;
}

export interface ClubCodeRequest {
  phone: string;
  expiresAt: string;
  resendAfter: string;
  codeLength: number;
  /** Whether this number is already a member (a newcomer is asked for a name). */
  registered: boolean;
}

export const RequestClubCodeMutation = provisional<
  { requestClubCode: ClubCodeRequest },
  { input: RequestClubCodeInput }
>(`mutation RequestClubCode($input: RequestClubCodeInput!) { requestClubCode(input: $input) { phone expiresAt resendAfter codeLength registered } }`);

export const requestClubCode = async (input: RequestClubCodeInput) =>
  (await request(RequestClubCodeMutation, { input }, { skipAuthRetry: true })).requestClubCode;

export const useRequestClubCode = () => useMutation({ mutationFn: requestClubCode });
