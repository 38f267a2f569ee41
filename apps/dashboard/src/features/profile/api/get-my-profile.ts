import { queryOptions, useQuery } from '@tanstack/react-query';
import { viewerQueryKey } from '@/features/auth/api/get-viewer';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyProfileFieldsFragment = graphql(`
  fragment MyProfileFields on User {
    id
    email
    fullName
    locale
    phone
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile {
    viewer {
      user {
        ...MyProfileFields
      }
    }
  }
`);

/** Under the viewer's key: whatever refreshes the viewer (sign-in, a profile save) refreshes the profile too. */
export const myProfileQueryKey = [...viewerQueryKey, 'profile'] as const;

export const myProfileQueryOptions = () =>
  queryOptions({
    queryKey: myProfileQueryKey,
    queryFn: async () => (await request(MyProfileQuery, {})).viewer.user ?? null,
  });

/** The signed-in staff member's own profile (null for an API key, which has none). */
export const useMyProfile = () => useQuery(myProfileQueryOptions());
