import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ParticipateInClubNewsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { clubNewsQueryKey } from './get-club-news';
import { myPointsQueryKey } from './get-my-points';

export const ParticipateInClubNewsMutation = graphql(`
  mutation ParticipateInClubNews($input: ParticipateInClubNewsInput!) {
    participateInClubNews(input: $input) {
      pointsAwarded
      balance
      news {
        id
        answered
        pointsEarned
      }
    }
  }
`);

/** Answering a survey or entering a contest (once): its points and the new balance right away in the header. */
export const useParticipateInClubNews = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ParticipateInClubNewsInput) => (await request(ParticipateInClubNewsMutation, { input })).participateInClubNews,
    onSuccess: (result) => {
      queryClient.setQueryData(myPointsQueryKey(slug), (old: { balance: number } | undefined) => (old ? { ...old, balance: result.balance } : old));
      void queryClient.invalidateQueries({ queryKey: myPointsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: clubNewsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: ['myPointsHistory', slug] });
    },
  });
};
