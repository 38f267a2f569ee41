import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { logoutClubMember } from '@/features/auth/api/logout-club-member';
import { refreshClubSession } from '@/features/auth/api/refresh-club-session';
import type { ClubSessionPayload } from '@/features/auth/api/session-fields';
import { configureAuth, refreshOnce } from './graphql-client';
import { tokenStore } from './token-store';

export type SessionStatus = 'restoring' | 'member' | 'visitor';

interface SessionContextValue {
  status: SessionStatus;
  signIn: (session: ClubSessionPayload) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export const memberQueryKey = (slug: string) => ['clubMe', slug] as const;

/** The member's session in one club: restored from the stored refresh token on start, rotated on every refresh. */
export function SessionProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const queryClient = useQueryClient();
  tokenStore.useClub(slug);
  const [status, setStatus] = useState<SessionStatus>(() => (tokenStore.getAccessToken() ? 'member' : tokenStore.getRefreshToken() ? 'restoring' : 'visitor'));
  const statusRef = useRef(status);
  statusRef.current = status;

  const store = useCallback(
    (session: ClubSessionPayload) => {
      tokenStore.setAccessToken(session.accessToken);
      tokenStore.setRefreshToken(session.refreshToken); // rotation: always keep the newest
      queryClient.setQueryData(memberQueryKey(slug), session.member);
    },
    [queryClient, slug],
  );

  const dropSession = useCallback(() => {
    tokenStore.clear();
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'club' });
    setStatus('visitor');
  }, [queryClient]);

  useEffect(() => {
    configureAuth({
      refresh: async () => {
        const token = tokenStore.getRefreshToken();
        if (!token) return false;
        try {
          store(await refreshClubSession(token));
          return true;
        } catch {
          tokenStore.clear();
          return false;
        }
      },
      onAuthFailure: dropSession,
    });
  }, [store, dropSession]);

  useEffect(() => {
    if (statusRef.current !== 'restoring') return;
    let active = true;
    void refreshOnce().then((ok) => {
      if (!active) return;
      if (ok) setStatus('member');
      else dropSession();
    });
    return () => {
      active = false;
    };
  }, [dropSession]);

  const signIn = useCallback(
    (session: ClubSessionPayload) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'club' });
      store(session);
      setStatus('member');
    },
    [queryClient, store],
  );

  const signOut = useCallback(async () => {
    const token = tokenStore.getRefreshToken();
    if (token) {
      try {
        await logoutClubMember(token);
      } catch {
        /* the session is dropped locally either way */
      }
    }
    dropSession();
  }, [dropSession]);

  const value = useMemo(() => ({ status, signIn, signOut }), [status, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside <SessionProvider>');
  return ctx;
}
