import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { clubNewsQueryKey } from './get-club-news';
import { myPointsQueryKey } from './get-my-points';

export const ClickClubNewsMutation = graphql(`
  mutation ClickClubNews($id: ID!) {
    clickClubNews(id: $id) {
      pointsAwarded
      balance
      news {
        id
        clicked
      }
    }
  }
`);

/** Opening a news item: its points (once) and the new balance right away in the header. */
export const useClickClubNews = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(ClickClubNewsMutation, { id })).clickClubNews,
    onSuccess: (click) => {
      queryClient.setQueryData(myPointsQueryKey(slug), (old: { balance: number } | undefined) => (old ? { ...old, balance: click.balance } : old));
      void queryClient.invalidateQueries({ queryKey: myPointsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: clubNewsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: ['myPointsHistory', slug] });
    },
  });
};
