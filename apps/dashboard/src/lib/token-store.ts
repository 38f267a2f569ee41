import { STORAGE_KEYS } from '@/config/constants';

// Access token lives in memory only; the refresh token is persisted so a reload can resume the session.
let accessToken: string | null = null;

export const tokenStore = {
  getAccessToken: () => accessToken,
  setAccessToken(token: string | null) {
    accessToken = token;
  },
  getRefreshToken(): string | null {
    try {
      return window.localStorage.getItem(STORAGE_KEYS.refreshToken);
    } catch {
      return null;
    }
  },
  setRefreshToken(token: string | null) {
    try {
      if (token) window.localStorage.setItem(STORAGE_KEYS.refreshToken, token);
      else window.localStorage.removeItem(STORAGE_KEYS.refreshToken);
    } catch {
      /* storage unavailable: session lasts until reload */
    }
  },
  clear() {
    accessToken = null;
    this.setRefreshToken(null);
  },
};
