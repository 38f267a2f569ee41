import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { ContactsService } from '../../contacts/contacts.service';
import { ConsentChannel, ConsentStatus } from '../../contacts/models/contact.enums';
import { MessagingSettingsService } from '../settings/messaging-settings.service';
import { SuppressionReason } from '../suppressions/suppression.model';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { UnsubscribeLinks } from './unsubscribe-links';

/** What the unsubscribe pages show. */
export interface UnsubscribeView {
  language: 'fa' | 'en';
  /** The address, partly hidden (the link may be forwarded). */
  maskedAddress: string;
  /** The sender's name as the mail showed it. */
  senderName: string;
  alreadyUnsubscribed: boolean;
}

interface MessageRow {
  id: string;
  contact_id: string | null;
  recipient: string;
  language: 'fa' | 'en';
}

/** n***@example.ir */
export function maskEmail(address: string): string {
  const [local, domain] = address.split('@');
  if (!domain) return address;
  return `${local.slice(0, 1)}${'*'.repeat(Math.min(Math.max(local.length - 1, 2), 6))}@${domain}`;
}

/**
 * One-click unsubscribe from marketing email (RFC 8058). The signed link names the workspace and the message; the
 * contact's EMAIL consent is withdrawn and the address put on the suppression list (UNSUBSCRIBED). Idempotent.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly db: TenantDb,
    private readonly links: UnsubscribeLinks,
    private readonly contacts: ContactsService,
    private readonly suppressions: SuppressionsService,
    private readonly settings: MessagingSettingsService,
  ) {}

  /** The confirmation page's content; null when the link is not valid (bad signature, or its message is gone). */
  async preview(token: string): Promise<UnsubscribeView | null> {
    const target = this.links.verify(token);
    if (!target) return null;
    return this.db.tx(async (em) => {
      const m = await this.message(em, target.messageId);
      if (!m) return null;
      const suppressed = await this.suppressions.reasonIn(em, 'EMAIL', m.recipient);
      return this.view(em, target.workspaceId, m, !!suppressed);
    }, target.workspaceId);
  }

  /** Withdraws the contact's EMAIL consent and suppresses the address; null when the link is not valid. */
  async unsubscribe(token: string): Promise<UnsubscribeView | null> {
    const target = this.links.verify(token);
    if (!target) return null;
    return this.db.tx(async (em) => {
      const m = await this.message(em, target.messageId);
      if (!m) return null;
      const already = !!(await this.suppressions.reasonIn(em, 'EMAIL', m.recipient));
      if (m.contact_id) {
        const contact = await this.contacts.load(em, m.contact_id).catch(() => null);
        if (contact && contact.consents?.EMAIL?.status !== ConsentStatus.WITHDRAWN) {
          await this.contacts.setConsentIn(em, contact.id, ConsentChannel.EMAIL, ConsentStatus.WITHDRAWN, 'unsubscribe-link');
        }
      }
      if (!already) {
        await this.suppressions.addIn(em, { channel: 'EMAIL', address: m.recipient, reason: SuppressionReason.UNSUBSCRIBED, detail: 'one-click unsubscribe link', messageId: m.id });
        await em.query(
          `INSERT INTO message_events (workspace_id, message_id, status, detail) SELECT workspace_id, id, status, 'the recipient unsubscribed (link in this message)' FROM messages WHERE id = $1`,
          [m.id],
        );
      }
      return this.view(em, target.workspaceId, m, already);
    }, target.workspaceId);
  }

  private async message(em: EntityManager, id: string): Promise<MessageRow | null> {
    const [row] = await em.query(`SELECT id, contact_id, recipient, language FROM messages WHERE id = $1 AND channel = 'EMAIL' AND direction = 'OUT'`, [id]);
    return row ?? null;
  }

  private async view(em: EntityManager, workspaceId: string, m: MessageRow, alreadyUnsubscribed: boolean): Promise<UnsubscribeView> {
    const settings = await this.settings.forWorkspace(workspaceId, em);
    return { language: m.language, maskedAddress: maskEmail(m.recipient), senderName: settings.emailFrom.name || settings.emailFrom.address, alreadyUnsubscribed };
  }
}
