import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac, createSecretKey, KeyObject } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';

/** Member access tokens are `pvm_<JWT>`: the prefix routes them to ClubMemberCredentials, never to the staff verifier. */
export const MEMBER_TOKEN_PREFIX = 'pvm_';

export interface MemberClaims {
  /** club member id */
  sub: string;
  ws: string;
  cid: string;
}

/** Limits and lifetimes of the club's sign-in (one object, so a test can tighten a limit it exercises). */
@Injectable()
export class ClubAuthPolicy {
  codeLength = 6;
  codeTtlSeconds = 120;
  resendAfterSeconds = 60;
  codesPerPhonePerHour = 5;
  maxCodeAttempts = 5;
  lockMinutes = 15;
  codeRequestsPerIpPerWindow = 60;
  verificationsPerIpPerWindow = 300;
  ipWindowSeconds = 600;
  maxPasswordFailures = 5;
  accessTokenTtlSeconds = 900;
  refreshTokenTtlDays = 60;
}

/**
 * Signs and verifies member access tokens with a key derived from JWT_SECRET for the club alone (a staff token
 * cannot pass as a member's, nor the reverse, even without the prefix).
 */
@Injectable()
export class ClubMemberTokens {
  private readonly jwt: JwtService;
  private readonly hmacKey: KeyObject;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly policy: ClubAuthPolicy,
  ) {
    const derived = createHmac('sha256', config.JWT_SECRET).update('peyvand club member tokens').digest();
    this.hmacKey = createSecretKey(createHmac('sha256', config.JWT_SECRET).update('peyvand club codes').digest());
    this.jwt = new JwtService({
      secret: createSecretKey(derived) as unknown as string,
      signOptions: { algorithm: 'HS256', issuer: 'peyvand', audience: 'club' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'peyvand', audience: 'club' },
    });
  }

  issue(claims: MemberClaims): { token: string; expiresAt: Date } {
    const ttl = this.policy.accessTokenTtlSeconds;
    const token = MEMBER_TOKEN_PREFIX + this.jwt.sign({ ...claims, typ: 'member' }, { expiresIn: ttl });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  verify(bearer: string): MemberClaims | { error: string } {
    if (!bearer.startsWith(MEMBER_TOKEN_PREFIX)) return { error: 'Not a club member token' };
    try {
      const payload = this.jwt.verify<MemberClaims & { typ?: string }>(bearer.slice(MEMBER_TOKEN_PREFIX.length));
      if (payload.typ !== 'member') return { error: 'Not a club member token' };
      return { sub: payload.sub, ws: payload.ws, cid: payload.cid };
    } catch (e) {
      return { error: (e as Error).name === 'TokenExpiredError' ? 'Club session expired; refresh it' : 'Invalid club member token' };
    }
  }

  /** The stored form of a one-time code: keyed, so a leaked table cannot be brute-forced offline. */
  codeHash(workspaceId: string, phone: string, code: string): string {
    return createHmac('sha256', this.hmacKey).update(`${workspaceId}:${phone}:${code}`).digest('hex');
  }
}
