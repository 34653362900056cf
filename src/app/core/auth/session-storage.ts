import { DOCUMENT, Injectable, inject } from '@angular/core';
import { SignedIn } from './session.model';

const KEY = 'mcm.session';

/**
 * This tab's copy of the session in `sessionStorage` (it survives a reload, dies with the tab,
 * and is never shared with other origins). Nothing goes to `localStorage`, ever.
 */
@Injectable({ providedIn: 'root' })
export class SessionStorage {
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage ?? null;

  read(): SignedIn | null {
    const raw = this.safely(() => this.storage?.getItem(KEY) ?? null);
    if (!raw) return null;
    try {
      const value: unknown = JSON.parse(raw);
      if (isSignedIn(value)) return value;
    } catch {
      // A corrupted entry is dropped below.
    }
    this.clear();
    return null;
  }

  write(signedIn: SignedIn): void {
    this.safely(() => this.storage?.setItem(KEY, JSON.stringify(signedIn)));
  }

  clear(): void {
    this.safely(() => this.storage?.removeItem(KEY));
  }

  /** Storage can throw (quota, privacy modes): the session then lives in memory only. */
  private safely<T>(action: () => T): T | null {
    try {
      return action();
    } catch {
      return null;
    }
  }
}

/** Structural check of a stored (or broadcast) session before it is trusted. */
export function isSignedIn(value: unknown): value is SignedIn {
  if (typeof value !== 'object' || value === null) return false;
  const { session, account } = value as Partial<Record<keyof SignedIn, unknown>>;
  if (typeof session !== 'object' || session === null) return false;
  if (typeof account !== 'object' || account === null) return false;
  const { token, expiresAt, issuedAt } = session as Record<string, unknown>;
  const { user, organization, configuration } = account as Record<string, unknown>;
  return (
    typeof token === 'string' &&
    token !== '' &&
    typeof expiresAt === 'number' &&
    typeof issuedAt === 'number' &&
    typeof user === 'object' &&
    user !== null &&
    typeof (user as Record<string, unknown>)['userName'] === 'string' &&
    typeof organization === 'object' &&
    organization !== null &&
    typeof configuration === 'object' &&
    configuration !== null
  );
}
