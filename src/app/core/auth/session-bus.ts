import { DestroyRef, Injectable, inject } from '@angular/core';
import { Observable, Subject, filter, map } from 'rxjs';
import { BroadcastPort, OPEN_BROADCAST_CHANNEL } from '../cross-tab';
import { SignedIn } from './session.model';
import { isSignedIn } from './session-storage';

/** What tabs of this portal tell each other (same origin only: BroadcastChannel's rule). */
export type BusMessage =
  | { readonly type: 'session-wanted' }
  | { readonly type: 'session'; readonly signedIn: SignedIn }
  | { readonly type: 'signed-out' }
  /** `confirmed`: the user answered the idle warning (in that tab), so every tab's warning closes. */
  | { readonly type: 'activity'; readonly at: number; readonly confirmed?: true };

const CHANNEL = 'mcm-portal.session';

/** The cross-tab session bus. Without BroadcastChannel every tab simply stands alone. */
@Injectable({ providedIn: 'root' })
export class SessionBus {
  private readonly incoming = new Subject<BusMessage>();
  private readonly channel: BroadcastPort | null = inject(OPEN_BROADCAST_CHANNEL)(CHANNEL);

  readonly messages$: Observable<BusMessage> = this.incoming.asObservable();

  constructor() {
    if (this.channel) {
      this.channel.onmessage = (event: MessageEvent<unknown>) => {
        const message = parseMessage(event.data);
        if (message) this.incoming.next(message);
      };
    }
    inject(DestroyRef).onDestroy(() => this.channel?.close());
  }

  post(message: BusMessage): void {
    this.channel?.postMessage(message);
  }

  of<T extends BusMessage['type']>(type: T): Observable<Extract<BusMessage, { type: T }>> {
    return this.messages$.pipe(
      filter((message) => message.type === type),
      map((message) => message as Extract<BusMessage, { type: T }>),
    );
  }
}

/** Messages are checked before use: another tab may run an older or newer build. */
export function parseMessage(data: unknown): BusMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  switch (message['type']) {
    case 'session-wanted':
    case 'signed-out':
      return { type: message['type'] };
    case 'session':
      return isSignedIn(message['signedIn'])
        ? { type: 'session', signedIn: message['signedIn'] }
        : null;
    case 'activity':
      if (typeof message['at'] !== 'number') return null;
      return message['confirmed'] === true
        ? { type: 'activity', at: message['at'], confirmed: true }
        : { type: 'activity', at: message['at'] };
    default:
      return null;
  }
}
