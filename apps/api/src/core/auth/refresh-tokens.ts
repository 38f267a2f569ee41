import { EntityManager, EntityTarget } from 'typeorm';
import { UnauthenticatedError } from '../errors/domain-errors';
import { sha256 } from './secrets';

/** The columns every rotating refresh-token table has (staff: refresh_tokens, club members: club_refresh_tokens). */
export interface RefreshTokenRow {
  id: string;
  familyId: string;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * Claims a presented refresh token for one rotation: the row when it is live and unused, else the reason. Presenting
 * a token that was already used revokes its whole family (someone else holds a copy), and says so.
 */
export async function claimRefreshToken<T extends RefreshTokenRow>(
  em: EntityManager,
  entity: EntityTarget<T>,
  presented: string,
): Promise<{ token: T } | { error: UnauthenticatedError }> {
  const token = await em.findOneBy(entity, { tokenHash: sha256(presented) } as never);
  if (!token) return { error: new UnauthenticatedError('Unknown refresh token; sign in again') };
  if (token.revokedAt) return { error: new UnauthenticatedError('This session was signed out; sign in again') };
  if (token.expiresAt <= new Date()) return { error: new UnauthenticatedError('Refresh token expired; sign in again') };
  const claimed = await em
    .createQueryBuilder()
    .update(entity)
    .set({ usedAt: () => 'now()' } as never)
    .where('id = :id AND used_at IS NULL', { id: token.id })
    .execute();
  if (claimed.affected !== 1) {
    await revokeRefreshFamily(em, entity, token.familyId, 'reuse_detected');
    return { error: new UnauthenticatedError('Refresh token was already used; every session of this sign-in was revoked') };
  }
  return { token };
}

export async function revokeRefreshFamily(em: EntityManager, entity: EntityTarget<RefreshTokenRow>, familyId: string, reason: string): Promise<void> {
  await em
    .createQueryBuilder()
    .update(entity)
    .set({ revokedAt: () => 'now()', revokedReason: reason } as never)
    .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
    .execute();
}

/** Sign-out: revokes the family of the presented token; false when the token is unknown. */
export async function revokeRefreshTokenFamilyOf(em: EntityManager, entity: EntityTarget<RefreshTokenRow>, presented: string): Promise<boolean> {
  const token = await em.findOneBy(entity, { tokenHash: sha256(presented) } as never);
  if (!token) return false;
  await revokeRefreshFamily(em, entity, token.familyId, 'logout');
  return true;
}
