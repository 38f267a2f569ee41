import { STORAGE_KEYS } from '@/config/constants';

// The member's access token lives in memory; the refresh token is kept per club so a reload resumes the session.
let accessToken: string | null = null;
let slug: string | null = null;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export const tokenStore = {
  /** Switches to the session of one club (the SPA serves every workspace's club). */
  useClub(next: string) {
    if (slug !== next) accessToken = null;
    slug = next;
  },
  getAccessToken: () => accessToken,
  setAccessToken(token: string | null) {
    accessToken = token;
  },
  getRefreshToken(): string | null {
    return slug ? read(STORAGE_KEYS.refreshToken(slug)) : null;
  },
  setRefreshToken(token: string | null) {
    if (!slug) return;
    try {
      if (token) window.localStorage.setItem(STORAGE_KEYS.refreshToken(slug), token);
      else window.localStorage.removeItem(STORAGE_KEYS.refreshToken(slug));
    } catch {
      /* storage unavailable: the session lasts until reload */
    }
  },
  clear() {
    accessToken = null;
    this.setRefreshToken(null);
  },
};
