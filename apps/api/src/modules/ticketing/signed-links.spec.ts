import { AppConfig } from '../../config/app-config';
import { SecretBox } from '../../core/crypto/secret-box';
import { SignedIds } from '../../core/crypto/signed-ids';
import { TicketLinks } from './signed-links';

const config = { JWT_SECRET: 'jwt-secret-that-is-long-enough-0123456789', PUBLIC_URL: 'https://crm.example.ir/', ATTACHMENT_LINK_TTL_SECONDS: 600 } as AppConfig;
const tickets = new TicketLinks(new SignedIds(new SecretBox(config)), config);
const ws = '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b';
const id = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const CSAT = 'AQGQpbJ8PX5PihssPU5fanv0esELWMxDcqVnDgKyw9R5AAAAAIQTzOzc-cyc3M2uNpjt8DM';
const ATTACHMENT = 'AQGQpbJ8PX5PihssPU5fanv0esELWMxDcqVnDgKyw9R5a0nUWGfjb3AMsktPc_740gtrfIc';

describe('ticket links (CSAT, attachments)', () => {
  it('keep the layout of links already sent: these tokens, made before the signing moved to SignedIds, still verify', () => {
    expect(tickets.csatToken(ws, id)).toBe(CSAT);
    expect(tickets.verifyCsat(CSAT)).toEqual({ workspaceId: ws, id, expiresAt: 0 });
    expect(tickets.attachmentUrl(ws, id, 1_800_000_000_000)).toBe(`https://crm.example.ir/attachments/${ATTACHMENT}`);
    expect(tickets.verifyAttachment(ATTACHMENT, 1_800_000_000_000)).toEqual({ workspaceId: ws, id, expiresAt: 1_800_000_600 });
  });

  it('refuse expired, altered and other purposes\' tokens', () => {
    expect(tickets.verifyAttachment(ATTACHMENT, 1_800_000_601_000)).toBeNull();
    expect(tickets.verifyCsat(ATTACHMENT)).toBeNull();
    const altered = Buffer.from(CSAT, 'base64url');
    altered[33] ^= 1; // another expiry, same MAC
    expect(tickets.verifyCsat(altered.toString('base64url'))).toBeNull();
    expect(tickets.verifyCsat('not-a-token')).toBeNull();
  });
});
