import { AppConfig } from '../../config/app-config';
import { masterKeyFrom, SecretBox, SecretBoxError } from './secret-box';

const config = (c: Partial<AppConfig>) => ({ JWT_SECRET: 'jwt-secret-that-is-long-enough-0123456789', ...c }) as AppConfig;

describe('SecretBox: AES-256-GCM for secrets at rest', () => {
  const box = new SecretBox(config({ ENCRYPTION_KEY: 'an-encryption-key-of-at-least-32-chars!' }));

  it('round-trips text (Persian too) in the versioned format, with a fresh IV each time', () => {
    const sealed = box.encrypt('کلید API: 6A4F-۱۲۳', 'ctx');
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(sealed).not.toContain('6A4F');
    expect(box.decrypt(sealed, 'ctx')).toBe('کلید API: 6A4F-۱۲۳');
    expect(box.encrypt('same', 'ctx')).not.toBe(box.encrypt('same', 'ctx'));
  });

  it('refuses altered ciphertext, IV or tag, another context, another key and other formats', () => {
    const sealed = box.encrypt('secret', 'workspace-a');
    const [v, iv, ct, tag] = sealed.split('.');
    const flip = (s: string) => {
      const b = Buffer.from(s, 'base64url');
      b[0] ^= 1;
      return b.toString('base64url');
    };
    for (const bad of [[v, iv, flip(ct), tag], [v, flip(iv), ct, tag], [v, iv, ct, flip(tag)], ['v2', iv, ct, tag]].map((p) => p.join('.'))) {
      expect(() => box.decrypt(bad, 'workspace-a')).toThrow(SecretBoxError);
    }
    expect(() => box.decrypt(sealed, 'workspace-b')).toThrow(SecretBoxError);
    expect(() => new SecretBox(config({ ENCRYPTION_KEY: 'another-encryption-key-of-32-chars-or-more' })).decrypt(sealed, 'workspace-a')).toThrow(SecretBoxError);
    expect(() => box.decrypt('plain text', 'workspace-a')).toThrow(/not a v1 secret-box value/);
  });

  it('without ENCRYPTION_KEY derives a stable key from JWT_SECRET (HKDF), different from JWT_SECRET and from an explicit key', () => {
    const derived = masterKeyFrom(config({}));
    expect(derived).toHaveLength(32);
    expect(derived.equals(masterKeyFrom(config({})))).toBe(true);
    expect(derived.toString('utf8')).not.toContain('jwt-secret');
    expect(derived.equals(masterKeyFrom(config({ ENCRYPTION_KEY: 'jwt-secret-that-is-long-enough-0123456789' })))).toBe(false);
    const a = new SecretBox(config({}));
    expect(new SecretBox(config({})).decrypt(a.encrypt('x'))).toBe('x');
  });

  it('derives independent keys per purpose and verifies MACs in constant time', () => {
    expect(box.deriveKey('a').equals(box.deriveKey('b'))).toBe(false);
    const mac = box.sign('links', 'payload').subarray(0, 16);
    expect(box.verify('links', 'payload', mac)).toBe(true);
    expect(box.verify('links', 'payload!', mac)).toBe(false);
    expect(box.verify('other', 'payload', mac)).toBe(false);
    expect(box.verify('links', 'payload', mac.subarray(0, 8))).toBe(false);
  });
});
