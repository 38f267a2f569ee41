import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export interface AccessClaims {
  sub: string; // user id
  ws: string; // workspace id
  mid: string; // workspace member id
}

@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it as a public or
      // private key on every sign and verify — about 5 % of the API's CPU under load (bench/sales profile).
      secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as string,
      signOptions: { algorithm: 'HS256', expiresIn: config.ACCESS_TOKEN_TTL_SECONDS, issuer: 'peyvand' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'peyvand' },
    });
  }

  issue(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ ...claims, typ: 'access' });
    return { token, expiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The claims, or the reason the token is not acceptable. */
  verify(token: string): AccessClaims | { error: string } {
    try {
      const payload = this.jwt.verify<AccessClaims & { typ?: string }>(token);
      if (payload.typ !== 'access') return { error: 'Not an access token' };
      return { sub: payload.sub, ws: payload.ws, mid: payload.mid };
    } catch (e) {
      const name = (e as Error).name;
      return { error: name === 'TokenExpiredError' ? 'Access token expired; refresh it' : 'Invalid access token' };
    }
  }
}
