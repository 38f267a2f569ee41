import { Injectable } from '@nestjs/common';
import { Principal } from './principal';

export type AuthResult = Principal | { error: string };

/** A module that owns a kind of credential (staff tokens, API keys) verifies it. */
export interface CredentialVerifier {
  accepts(bearer: string): boolean;
  verify(bearer: string): Promise<AuthResult>;
}

/**
 * Turns a bearer credential into a Principal by asking the verifier that accepts it. Verifiers register
 * themselves at module init, so core/ knows no module's tables.
 */
@Injectable()
export class Authenticator {
  private readonly verifiers: CredentialVerifier[] = [];

  register(verifier: CredentialVerifier): void {
    this.verifiers.push(verifier);
  }

  authenticate(bearer: string): Promise<AuthResult> {
    const verifier = this.verifiers.find((v) => v.accepts(bearer));
    return verifier ? verifier.verify(bearer) : Promise.resolve({ error: 'Unrecognised credential' });
  }
}
