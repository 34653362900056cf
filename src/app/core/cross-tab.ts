import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/*
 * The two browser APIs tabs of this origin coordinate through, as injection tokens (like CLOCK):
 * the app gets the browser's own; unit specs swap in the in-memory fakes of
 * src/testing/fake-cross-tab.ts, and the e2e journeys run the real ones across real tabs.
 */

/** The origin's Web Locks, or null where the browser has none. */
export const LOCK_MANAGER = new InjectionToken<LockManager | null>('LOCK_MANAGER', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).defaultView?.navigator?.locks ?? null,
});

/** What the portal uses of a BroadcastChannel. */
export interface BroadcastPort {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}

/** Opens the origin's BroadcastChannel of that name; null where the browser has none. */
export const OPEN_BROADCAST_CHANNEL = new InjectionToken<(name: string) => BroadcastPort | null>(
  'OPEN_BROADCAST_CHANNEL',
  {
    providedIn: 'root',
    factory: () => {
      const view = inject(DOCUMENT).defaultView;
      return (name) =>
        view && 'BroadcastChannel' in view ? new view.BroadcastChannel(name) : null;
    },
  },
);
