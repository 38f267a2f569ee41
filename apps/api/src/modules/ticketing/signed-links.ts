import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SecretBox } from '../../core/crypto/secret-box';

const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidString = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export interface SignedTarget {
  workspaceId: string;
  id: string;
  /** Unix seconds; 0 = no expiry. */
  expiresAt: number;
}

/**
 * Links that carry their own authority, signed like messaging's unsubscribe links (SecretBox HMAC, 128-bit MAC,
 * a key per purpose): a CSAT survey link (no expiry: the ticket decides whether it may still be answered) and an
 * attachment download link (short-lived, handed out only to a reader allowed to see the file). Layout (base64url):
 * version · workspace id · target id · expiry (u32 seconds) · MAC.
 */
@Injectable()
export class TicketLinks {
  constructor(
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  csatToken(workspaceId: string, ticketId: string): string {
    return this.sign('ticket-csat v1', workspaceId, ticketId, 0);
  }

  csatUrl(workspaceId: string, ticketId: string): string {
    return `${this.base()}/csat/${this.csatToken(workspaceId, ticketId)}`;
  }

  verifyCsat(token: string): SignedTarget | null {
    return this.verify('ticket-csat v1', token);
  }

  /** `{PUBLIC_URL}/attachments/{token}`, valid for ATTACHMENT_LINK_TTL_SECONDS. */
  attachmentUrl(workspaceId: string, attachmentId: string, now = Date.now()): string {
    const expires = Math.floor(now / 1000) + this.config.ATTACHMENT_LINK_TTL_SECONDS;
    return `${this.base()}/attachments/${this.sign('ticket-attachment v1', workspaceId, attachmentId, expires)}`;
  }

  verifyAttachment(token: string, now = Date.now()): SignedTarget | null {
    const target = this.verify('ticket-attachment v1', token);
    return target && target.expiresAt * 1000 > now ? target : null;
  }

  private base(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }

  private sign(purpose: string, workspaceId: string, id: string, expiresAt: number): string {
    if (!UUID.test(workspaceId) || !UUID.test(id)) throw new Error('signed links need uuid ids');
    const expiry = Buffer.alloc(4);
    expiry.writeUInt32BE(expiresAt);
    const payload = Buffer.concat([Buffer.from([1]), uuidBytes(workspaceId), uuidBytes(id), expiry]);
    return Buffer.concat([payload, this.box.sign(purpose, payload).subarray(0, MAC_BYTES)]).toString('base64url');
  }

  private verify(purpose: string, token: string): SignedTarget | null {
    if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{60,90}$/.test(token)) return null;
    const raw = Buffer.from(token, 'base64url');
    if (raw.length !== 37 + MAC_BYTES || raw[0] !== 1 || raw.toString('base64url') !== token) return null;
    const payload = raw.subarray(0, 37);
    if (!this.box.verify(purpose, payload, raw.subarray(37))) return null;
    return { workspaceId: uuidString(payload.subarray(1, 17)), id: uuidString(payload.subarray(17, 33)), expiresAt: payload.readUInt32BE(33) };
  }
}
