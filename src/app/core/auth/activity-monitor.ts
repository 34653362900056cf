import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { CLOCK } from '../clock';
import { SessionBus } from './session-bus';

export type ActivitySource = 'this-tab' | 'other-tab' | 'confirmed' | 'confirmed-elsewhere';

const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** At most one activity event a second reaches the idle timers, one a 15 s reaches other tabs. */
const EMIT_EVERY_MS = 1_000;
const SHARE_EVERY_MS = 15_000;

/**
 * Knows when the user last did something, in this tab or another. Listens with plain DOM
 * listeners, outside any template: in a zoneless app a mouse move costs a timestamp and no
 * change detection.
 */
@Injectable({ providedIn: 'root' })
export class ActivityMonitor {
  private readonly document = inject(DOCUMENT);
  private readonly now = inject(CLOCK);
  private readonly bus = inject(SessionBus);
  private readonly activity = new Subject<number>();
  private last = this.now();
  private lastEmitted = 0;
  private lastShared = 0;
  private listening = false;

  /** Throttled instants of activity (this tab's and other tabs'). */
  readonly activity$: Observable<number> = this.activity.asObservable();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  get lastActivityAt(): number {
    return this.last;
  }

  start(): void {
    if (this.listening) return;
    this.listening = true;
    for (const type of EVENTS) {
      this.document.addEventListener(type, this.onActivity, { capture: true, passive: true });
    }
  }

  stop(): void {
    this.listening = false;
    for (const type of EVENTS)
      this.document.removeEventListener(type, this.onActivity, { capture: true });
  }

  /**
   * Records activity at `at`. Activity from another tab is not echoed back over the bus. A
   * `confirmed` answer to the idle warning (here or in another tab) reaches the timers at once,
   * and one given here is told to every tab at once.
   */
  record(at = this.now(), source: ActivitySource = 'this-tab'): void {
    const confirmed = source === 'confirmed' || source === 'confirmed-elsewhere';
    if (at < this.last || (at === this.last && !confirmed)) return;
    this.last = at;
    if (source === 'confirmed') {
      this.lastShared = at;
      this.bus.post({ type: 'activity', at, confirmed: true });
    } else if (source === 'this-tab' && at - this.lastShared >= SHARE_EVERY_MS) {
      this.lastShared = at;
      this.bus.post({ type: 'activity', at });
    }
    if (confirmed || at - this.lastEmitted >= EMIT_EVERY_MS) {
      this.lastEmitted = at;
      this.activity.next(at);
    }
  }

  private readonly onActivity = (): void => this.record();
}
