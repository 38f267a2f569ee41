import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthResult, Authenticator, CredentialVerifier } from '../../../core/auth/authenticator.service';
import { ClubMemberTokens, MEMBER_TOKEN_PREFIX } from './club-member-tokens';

const NO_PERMISSIONS: ReadonlySet<never> = new Set();

/** `pvm_` member access tokens. The membership is re-read on every request: a blocked member loses access at once. */
@Injectable()
export class ClubMemberCredentials implements CredentialVerifier, OnModuleInit {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly tokens: ClubMemberTokens,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.authenticator.register(this);
  }

  accepts(bearer: string): boolean {
    return bearer.startsWith(MEMBER_TOKEN_PREFIX);
  }

  async verify(bearer: string): Promise<AuthResult> {
    const claims = this.tokens.verify(bearer);
    if ('error' in claims) return claims;
    // Before any workspace is known, on the owner connection (as the staff verifier does).
    const [row] = await this.dataSource.query(
      `SELECT m.status, COALESCE(s.enabled, true) AS enabled FROM club_members m
         JOIN contacts c ON c.id = m.contact_id AND c.workspace_id = m.workspace_id AND c.deleted_at IS NULL
         LEFT JOIN club_settings s ON s.workspace_id = m.workspace_id
        WHERE m.id = $1 AND m.workspace_id = $2 AND m.contact_id = $3`,
      [claims.sub, claims.ws, claims.cid],
    );
    if (!row) return { error: 'This club membership no longer exists' };
    if (row.status !== 'ACTIVE') return { error: 'This club membership is blocked' };
    if (!row.enabled) return { error: 'The club of this business is closed' };
    return { kind: 'member', clubMemberId: claims.sub, contactId: claims.cid, workspaceId: claims.ws, permissions: NO_PERMISSIONS };
  }
}
