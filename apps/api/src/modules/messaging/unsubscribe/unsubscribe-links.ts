import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { SecretBox } from '../../../core/crypto/secret-box';

const VERSION = 1;
const PURPOSE = 'unsubscribe-link v1';
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidString = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export interface UnsubscribeTarget {
  workspaceId: string;
  messageId: string;
}

/**
 * Signed one-click unsubscribe links: the token carries the workspace and message ids and an HMAC (128 bits, key
 * derived from the secret-box key), so it is verified without a database lookup and cannot be forged or altered.
 * Layout (base64url, 66 characters): version byte · workspace id · message id · MAC.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  token(workspaceId: string, messageId: string): string {
    if (!UUID.test(workspaceId) || !UUID.test(messageId)) throw new Error('unsubscribe links need uuid workspace and message ids');
    const payload = Buffer.concat([Buffer.from([VERSION]), uuidBytes(workspaceId), uuidBytes(messageId)]);
    return Buffer.concat([payload, this.box.sign(PURPOSE, payload).subarray(0, MAC_BYTES)]).toString('base64url');
  }

  /** The public one-click URL: `{PUBLIC_URL}/unsubscribe/{token}` (GET shows a confirmation page, POST unsubscribes). */
  url(workspaceId: string, messageId: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/unsubscribe/${this.token(workspaceId, messageId)}`;
  }

  /** The ids a token carries, or null when it is malformed, of another version, or its MAC does not match. */
  verify(token: string): UnsubscribeTarget | null {
    if (!/^[A-Za-z0-9_-]{60,80}$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    // Re-encoding must give the same text: no second spelling of one token (base64 padding bits).
    if (raw.length !== 1 + 32 + MAC_BYTES || raw[0] !== VERSION || raw.toString('base64url') !== token) return null;
    const payload = raw.subarray(0, 33);
    if (!this.box.verify(PURPOSE, payload, raw.subarray(33))) return null;
    return { workspaceId: uuidString(payload.subarray(1, 17)), messageId: uuidString(payload.subarray(17, 33)) };
  }
}
