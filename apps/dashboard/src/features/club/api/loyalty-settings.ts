import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateLoyaltySettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const LoyaltySettingsFieldsFragment = graphql(`
  fragment LoyaltySettingsFields on LoyaltySettings {
    enabled
    purchasePoints
    purchaseUnit
    callPoints
    smsPoints
    newsPoints
    surveyPoints
    contestPoints
    referrerPoints
    refereePoints
    birthdayPoints
    dailyCaps {
      source
      points
    }
    tierMultipliers
    tierBasis
    tierWindowMonths
    expiryMonths
    expiryWarningDays
    nextVoucherEnabled
    nextVoucherKind
    nextVoucherValue
    nextVoucherMaxDiscount
    nextVoucherMinOrder
    nextVoucherValidDays
  }
`);

export const LoyaltySettingsQuery = graphql(`
  query LoyaltySettings {
    loyaltySettings {
      ...LoyaltySettingsFields
    }
  }
`);

export const UpdateLoyaltySettingsMutation = graphql(`
  mutation UpdateLoyaltySettings($input: UpdateLoyaltySettingsInput!) {
    updateLoyaltySettings(input: $input) {
      ...LoyaltySettingsFields
    }
  }
`);

export const loyaltySettingsQueryKey = ['loyaltySettings'] as const;

export const loyaltySettingsQueryOptions = () =>
  queryOptions({ queryKey: loyaltySettingsQueryKey, queryFn: async () => (await request(LoyaltySettingsQuery, {})).loyaltySettings });

/** Earning rules, caps, expiry, tier window and the next-purchase voucher (club:read). */
export const useLoyaltySettings = () => useQuery(loyaltySettingsQueryOptions());

export const updateLoyaltySettings = async (input: UpdateLoyaltySettingsInput) =>
  (await request(UpdateLoyaltySettingsMutation, { input })).updateLoyaltySettings;

export const useUpdateLoyaltySettings = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateLoyaltySettings, onSuccess: (data) => queryClient.setQueryData(loyaltySettingsQueryKey, data) });
};
