import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SignedIds } from '../../core/crypto/signed-ids';

export interface SignedTarget {
  workspaceId: string;
  id: string;
  /** Unix seconds; 0 = no expiry. */
  expiresAt: number;
}

const LAYOUT = { ids: 2, expiry: true };

/**
 * Links that carry their own authority (SignedIds: workspace id, target id, expiry, MAC; a key per purpose): a CSAT
 * survey link (no expiry: the ticket decides whether it may still be answered) and an attachment download link
 * (short-lived, handed out only to a reader allowed to see the file).
 */
@Injectable()
export class TicketLinks {
  constructor(
    private readonly signed: SignedIds,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  csatToken(workspaceId: string, ticketId: string): string {
    return this.signed.sign('ticket-csat v1', [workspaceId, ticketId], 0);
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
    return `${this.base()}/attachments/${this.signed.sign('ticket-attachment v1', [workspaceId, attachmentId], expires)}`;
  }

  verifyAttachment(token: string, now = Date.now()): SignedTarget | null {
    const target = this.verify('ticket-attachment v1', token);
    return target && target.expiresAt * 1000 > now ? target : null;
  }

  private base(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }

  private verify(purpose: string, token: string): SignedTarget | null {
    const payload = this.signed.verify(purpose, token, LAYOUT);
    return payload && { workspaceId: payload.ids[0], id: payload.ids[1], expiresAt: payload.expiresAt ?? 0 };
  }
}
