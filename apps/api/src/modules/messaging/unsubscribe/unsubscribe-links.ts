import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { SignedIds } from '../../../core/crypto/signed-ids';

const PURPOSE = 'unsubscribe-link v1';

export interface UnsubscribeTarget {
  workspaceId: string;
  messageId: string;
}

/**
 * Signed one-click unsubscribe links: the token carries the workspace and message ids and an HMAC (SignedIds), so it
 * is verified without a database lookup and cannot be forged or altered (66 characters).
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    private readonly signed: SignedIds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  token(workspaceId: string, messageId: string): string {
    return this.signed.sign(PURPOSE, [workspaceId, messageId]);
  }

  /** The public one-click URL: `{PUBLIC_URL}/unsubscribe/{token}` (GET shows a confirmation page, POST unsubscribes). */
  url(workspaceId: string, messageId: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/unsubscribe/${this.token(workspaceId, messageId)}`;
  }

  /** The ids a token carries, or null when it is malformed, of another version, or its MAC does not match. */
  verify(token: string): UnsubscribeTarget | null {
    const payload = this.signed.verify(PURPOSE, token, { ids: 2, expiry: false });
    return payload && { workspaceId: payload.ids[0], messageId: payload.ids[1] };
  }
}
