import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { viewerQueryKey } from '@/features/auth/api/get-viewer';
import { logout as logoutRequest } from '@/features/auth/api/logout';
import { refreshToken as refreshRequest } from '@/features/auth/api/refresh-token';
import type { ViewerFieldsFragment } from '@/gql/graphql';
import { configureAuth, refreshOnce } from './graphql-client';
import { tokenStore } from './token-store';

export type Viewer = ViewerFieldsFragment;

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  viewer: Viewer;
}

export type AuthStatus = 'restoring' | 'authenticated' | 'anonymous';

interface AuthContextValue {
  status: AuthStatus;
  signIn: (payload: AuthPayload) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>(() => (tokenStore.getRefreshToken() ? 'restoring' : 'anonymous'));
  const statusRef = useRef(status);
  statusRef.current = status;

  const store = useCallback(
    (payload: AuthPayload) => {
      tokenStore.setAccessToken(payload.accessToken);
      tokenStore.setRefreshToken(payload.refreshToken); // rotation: always keep the newest
      queryClient.setQueryData(viewerQueryKey, payload.viewer);
    },
    [queryClient],
  );

  const dropSession = useCallback(() => {
    tokenStore.clear();
    queryClient.clear();
    setStatus('anonymous');
  }, [queryClient]);

  useEffect(() => {
    configureAuth({
      refresh: async () => {
        const token = tokenStore.getRefreshToken();
        if (!token) return false;
        try {
          store(await refreshRequest(token));
          return true;
        } catch {
          tokenStore.clear();
          return false;
        }
      },
      onAuthFailure: dropSession,
    });
  }, [store, dropSession]);

  // On start: resume the session from the stored refresh token (deduplicated, StrictMode-safe).
  useEffect(() => {
    if (statusRef.current !== 'restoring') return;
    let active = true;
    void refreshOnce().then((ok) => {
      if (!active) return;
      if (ok) setStatus('authenticated');
      else dropSession();
    });
    return () => {
      active = false;
    };
  }, [dropSession]);

  const signIn = useCallback(
    (payload: AuthPayload) => {
      queryClient.clear();
      store(payload);
      setStatus('authenticated');
    },
    [queryClient, store],
  );

  const signOut = useCallback(async () => {
    const token = tokenStore.getRefreshToken();
    if (token) {
      try {
        await logoutRequest(token);
      } catch {
        /* the session is dropped locally either way */
      }
    }
    dropSession();
  }, [dropSession]);

  const value = useMemo(() => ({ status, signIn, signOut }), [status, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
