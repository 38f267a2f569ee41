import { useMutation, useQueryClient } from '@tanstack/react-query';
import { viewerQueryKey } from '@/features/auth/api/get-viewer';
import { graphql } from '@/gql';
import type { UpdateMyProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myAlertPreferencesQueryKey } from './get-my-alert-preferences';
import { myProfileQueryKey } from './get-my-profile';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const updateMyProfile = async (input: UpdateMyProfileInput) => (await request(UpdateMyProfileMutation, { input })).updateMyProfile;

/** Saves the name, language and alert phone; the header's name and the alert descriptions (their language) follow. */
export const useUpdateMyProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (user) => {
      queryClient.setQueryData(myProfileQueryKey, user);
      void queryClient.invalidateQueries({ queryKey: viewerQueryKey });
      void queryClient.invalidateQueries({ queryKey: myAlertPreferencesQueryKey });
    },
  });
};
