import { createHash, randomBytes } from 'node:crypto';

/**
 * A new session token: `MCM6-` + 32 bytes (256 bits) from the CSPRNG, base64url. Opaque to clients:
 * the vendor's tokens look like `MCM6-<uuid>`, and clients must not parse either.
 */
export function newSessionToken(): string {
  return 'MCM6-' + randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
