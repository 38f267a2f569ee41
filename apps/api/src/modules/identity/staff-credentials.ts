import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthResult, Authenticator, CredentialVerifier } from '../../core/auth/authenticator.service';
import { permissionsOf, StaffRole } from '../../core/auth/permissions';
import { AccessTokens } from '../../core/auth/token.service';
import { preparedQuery } from '../../core/database/tenant-db.service';

/** Staff access tokens (JWT). The membership is re-read on every request so role changes apply at once. */
@Injectable()
export class StaffCredentials implements CredentialVerifier, OnModuleInit {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly tokens: AccessTokens,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.authenticator.register(this);
  }

  /** A bare JWT; prefixed credentials (`pvk_…`, a member's `pvm_<JWT>`) belong to other verifiers. */
  accepts(bearer: string): boolean {
    return bearer.split('.').length === 3 && !/^[a-z]+_/.test(bearer);
  }

  async verify(token: string): Promise<AuthResult> {
    const claims = this.tokens.verify(token);
    if ('error' in claims) return claims;
    // Runs before any workspace is known, on the owner connection (no RLS role switch yet); on every request.
    const [row] = await preparedQuery<{ role: string; status: string; email: string }>(
      this.dataSource.manager,
      `SELECT m.role, m.status, u.email FROM workspace_members m JOIN users u ON u.id = m.user_id
        WHERE m.id = $1 AND m.workspace_id = $2 AND m.user_id = $3`,
      [claims.mid, claims.ws, claims.sub],
    );
    if (!row || row.status !== 'ACTIVE') return { error: 'This account no longer has access to the workspace' };
    const role = row.role as StaffRole;
    return {
      kind: 'staff',
      userId: claims.sub,
      memberId: claims.mid,
      workspaceId: claims.ws,
      role,
      email: row.email,
      permissions: permissionsOf(role),
    };
  }
}
