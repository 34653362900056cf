import { DOCUMENT, Injectable, inject } from '@angular/core';
import { FIRST_LOGIN_STEPS, FirstLoginStep } from '../../../core/auth/first-login-steps';

const KEY = 'mcm.first-login-flow';

/**
 * The steps of a user's forced flow in this tab, the done ones included, so that the count still
 * holds the whole flow when it is resumed (a reload, or signing in again in this tab): the
 * account flags only say what is still pending. Step names only, in `sessionStorage` (dies with
 * the tab); nothing secret.
 */
@Injectable({ providedIn: 'root' })
export class FirstLoginFlow {
  private readonly storage = inject(DOCUMENT).defaultView?.sessionStorage ?? null;

  /** The steps stored for `userName`; none for another user or an unreadable entry. */
  read(userName: string): readonly FirstLoginStep[] {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(KEY) ?? 'null');
      const { user, steps } = (value ?? {}) as { user?: unknown; steps?: unknown };
      if (user !== userName || !Array.isArray(steps)) return [];
      return FIRST_LOGIN_STEPS.filter((step) => steps.includes(step));
    } catch {
      return [];
    }
  }

  /** Remembers the flow's steps while some are pending; forgets them once it is done. */
  keep(userName: string, steps: readonly FirstLoginStep[], done: boolean): void {
    try {
      if (done) this.storage?.removeItem(KEY);
      else this.storage?.setItem(KEY, JSON.stringify({ user: userName, steps }));
    } catch {
      // Storage can throw (quota, privacy modes): the count then holds for this visit only.
    }
  }
}
