import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** A sealed value that cannot be opened: wrong key, wrong context, altered or not a secret-box value at all. */
export class SecretBoxError extends Error {}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'peyvand secret-box';

/**
 * The 32-byte master key: HKDF-SHA256 over ENCRYPTION_KEY, or — when it is unset (development, tests) — over
 * JWT_SECRET with a different label, so the two secrets never share key material. Production requires
 * ENCRYPTION_KEY (app-config.ts): changing JWT_SECRET must not make stored credentials unreadable.
 */
export function masterKeyFrom(config: Pick<AppConfig, 'ENCRYPTION_KEY' | 'JWT_SECRET'>): Buffer {
  const [ikm, label] = config.ENCRYPTION_KEY ? [config.ENCRYPTION_KEY, 'encryption-key'] : [config.JWT_SECRET, 'derived-from-jwt-secret'];
  return Buffer.from(hkdfSync('sha256', ikm, SALT, `${label} master v1`, 32));
}

const b64 = (b: Buffer) => b.toString('base64url');

/**
 * Secrets at rest (provider credentials, DKIM keys): AES-256-GCM with a random 96-bit IV, written as
 * `v1.<iv>.<ciphertext>.<tag>` (base64url). The version names the algorithm and key, so a later key rotation can
 * read old values. `context` is bound as additional authenticated data (e.g. table, column and workspace): a value
 * copied to another row or workspace does not open. Altered values throw SecretBoxError.
 */
@Injectable()
export class SecretBox {
  private readonly master: Buffer;
  private readonly key: Buffer;
  private readonly derived = new Map<string, Buffer>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.master = masterKeyFrom(config);
    this.key = hkdf(this.master, 'aes-256-gcm v1');
  }

  encrypt(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join('.');
  }

  decrypt(sealed: string, context = ''): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretBoxError(`not a ${VERSION} secret-box value`);
    const [iv, ciphertext, tag] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError('malformed secret-box value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('the secret could not be decrypted (altered, another context, or another ENCRYPTION_KEY)');
    }
  }

  /** A 32-byte key for another purpose (e.g. signing unsubscribe links), independent of the encryption key. */
  deriveKey(purpose: string): Buffer {
    let key = this.derived.get(purpose);
    if (!key) this.derived.set(purpose, (key = hkdf(this.master, `purpose ${purpose}`)));
    return key;
  }

  /** HMAC-SHA256 of `data` under the key derived for `purpose`. */
  sign(purpose: string, data: Buffer | string): Buffer {
    return createHmac('sha256', this.deriveKey(purpose)).update(data).digest();
  }

  /** Constant-time comparison of a received MAC with the expected one (any length up to 32 bytes). */
  verify(purpose: string, data: Buffer | string, mac: Buffer): boolean {
    const expected = this.sign(purpose, data).subarray(0, mac.length);
    return mac.length >= 16 && timingSafeEqual(expected, mac);
  }
}

function hkdf(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, SALT, info, 32));
}
