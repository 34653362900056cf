import { DestroyRef, Injectable, inject } from '@angular/core';
import { LOCK_MANAGER } from '../cross-tab';

const LOCK_NAME = 'mcm-portal.signed-in-tab';

/**
 * Tells other tabs, through a shared Web Lock, that this tab holds a live session — so a tab
 * that opens asks the others for it only when one exists, and otherwise starts at once.
 */
@Injectable({ providedIn: 'root' })
export class SignedInTabPresence {
  private readonly locks = inject(LOCK_MANAGER);
  private release: (() => void) | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.drop());
  }

  /** Whether the platform can tell; without Web Locks every new tab has to ask and wait. */
  get supported(): boolean {
    return this.locks !== null;
  }

  hold(): void {
    if (!this.locks || this.release) return;
    const held = new Promise<void>((resolve) => (this.release = resolve));
    void this.locks
      .request(LOCK_NAME, { mode: 'shared' }, () => held)
      .catch(() => (this.release = null));
  }

  drop(): void {
    this.release?.();
    this.release = null;
  }

  /** True when some other tab of this origin holds a session (false when it cannot tell). */
  async anotherTabIsSignedIn(): Promise<boolean> {
    if (!this.locks) return false;
    try {
      const { held = [] } = await this.locks.query();
      return held.some((lock) => lock.name === LOCK_NAME);
    } catch {
      return false;
    }
  }
}
