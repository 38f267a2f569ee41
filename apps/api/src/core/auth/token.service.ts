import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
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
      secret: config.JWT_SECRET,
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
