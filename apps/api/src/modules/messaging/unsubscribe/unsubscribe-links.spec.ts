import { AppConfig } from '../../../config/app-config';
import { SecretBox } from '../../../core/crypto/secret-box';
import { SignedIds } from '../../../core/crypto/signed-ids';
import { UnsubscribeLinks } from './unsubscribe-links';

const config = { JWT_SECRET: 'jwt-secret-that-is-long-enough-0123456789', PUBLIC_URL: 'https://crm.example.ir/' } as AppConfig;
const links = new UnsubscribeLinks(new SignedIds(new SecretBox(config)), config);
const ws = '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b';
const msg = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';

describe('signed unsubscribe links', () => {
  it('carry the workspace and message ids, verified without a database', () => {
    const token = links.token(ws, msg);
    expect(token).toMatch(/^[\w-]{66}$/);
    expect(links.url(ws, msg)).toBe(`https://crm.example.ir/unsubscribe/${token}`);
    expect(links.verify(token)).toEqual({ workspaceId: ws, messageId: msg });
  });

  it('refuse altered, truncated, re-spelled or foreign tokens', () => {
    const token = links.token(ws, msg);
    const raw = Buffer.from(token, 'base64url');
    const altered = Buffer.from(raw);
    altered[20] ^= 1; // another message id, same MAC
    expect(links.verify(altered.toString('base64url'))).toBeNull();
    expect(links.verify(token.slice(0, -2))).toBeNull();
    expect(links.verify(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(links.verify('not-a-token')).toBeNull();
    const other = new UnsubscribeLinks(new SignedIds(new SecretBox({ ...config, ENCRYPTION_KEY: 'a-different-encryption-key-0123456789' })), config);
    expect(other.verify(token)).toBeNull();
  });

  it('keep the layout of links already sent: this token, made before the signing moved to SignedIds, still verifies', () => {
    expect(links.token(ws, msg)).toBe('AQGQpbJ8PX5PihssPU5fanv0esELWMxDcqVnDgKyw9R5xzbtvDYg16jPEabMTgub1w');
    expect(links.verify('AQGQpbJ8PX5PihssPU5fanv0esELWMxDcqVnDgKyw9R5xzbtvDYg16jPEabMTgub1w')).toEqual({ workspaceId: ws, messageId: msg });
  });
});
