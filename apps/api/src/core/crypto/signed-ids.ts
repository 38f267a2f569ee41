import { Injectable } from '@nestjs/common';
import { SecretBox } from './secret-box';

const VERSION = 1;
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidString = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export interface SignedIdsPayload {
  ids: string[];
  /** Unix seconds, when the token carries an expiry (0 = none); null when its layout has none. */
  expiresAt: number | null;
}

/**
 * Tokens that carry their own authority (unsubscribe, CSAT and attachment links): uuids and an optional expiry with a
 * truncated HMAC (128 bits; SecretBox, a key per purpose), verified without a database lookup and impossible to
 * forge or alter. Layout (base64url): version byte · each uuid (16 bytes) · [expiry, u32 seconds] · MAC.
 */
@Injectable()
export class SignedIds {
  constructor(private readonly box: SecretBox) {}

  sign(purpose: string, ids: string[], expiresAt?: number): string {
    if (!ids.every((id) => UUID.test(id))) throw new Error(`${purpose} tokens carry uuids`);
    const parts = [Buffer.from([VERSION]), ...ids.map(uuidBytes)];
    if (expiresAt !== undefined) {
      const expiry = Buffer.alloc(4);
      expiry.writeUInt32BE(expiresAt);
      parts.push(expiry);
    }
    const payload = Buffer.concat(parts);
    return Buffer.concat([payload, this.box.sign(purpose, payload).subarray(0, MAC_BYTES)]).toString('base64url');
  }

  /** What a token carries, or null when it is malformed, of another version or layout, or its MAC does not match. */
  verify(purpose: string, token: unknown, layout: { ids: number; expiry: boolean }): SignedIdsPayload | null {
    const size = 1 + 16 * layout.ids + (layout.expiry ? 4 : 0);
    if (typeof token !== 'string' || token.length !== Math.ceil(((size + MAC_BYTES) * 4) / 3) || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    // Re-encoding must give the same text: no second spelling of one token (base64 padding bits).
    if (raw.length !== size + MAC_BYTES || raw[0] !== VERSION || raw.toString('base64url') !== token) return null;
    const payload = raw.subarray(0, size);
    if (!this.box.verify(purpose, payload, raw.subarray(size))) return null;
    const ids = Array.from({ length: layout.ids }, (_, i) => uuidString(payload.subarray(1 + 16 * i, 17 + 16 * i)));
    return { ids, expiresAt: layout.expiry ? payload.readUInt32BE(size - 4) : null };
  }
}
