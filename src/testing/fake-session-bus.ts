import { Provider } from '@angular/core';
import { Observable, Subject, filter, map } from 'rxjs';
import { BusMessage, SessionBus } from '../app/core/auth/session-bus';

/** A SessionBus that records what this tab posts and lets a spec play another tab. */
export class FakeSessionBus implements Pick<SessionBus, 'post' | 'of' | 'messages$'> {
  private readonly incoming = new Subject<BusMessage>();
  readonly posted: BusMessage[] = [];
  readonly messages$: Observable<BusMessage> = this.incoming.asObservable();

  post(message: BusMessage): void {
    this.posted.push(message);
  }

  of<T extends BusMessage['type']>(type: T): Observable<Extract<BusMessage, { type: T }>> {
    return this.messages$.pipe(
      filter((message) => message.type === type),
      map((message) => message as Extract<BusMessage, { type: T }>),
    );
  }

  /** Delivers a message as if another tab had posted it. */
  receive(message: BusMessage): void {
    this.incoming.next(message);
  }
}

export function provideFakeSessionBus(bus = new FakeSessionBus()): Provider[] {
  return [
    { provide: FakeSessionBus, useValue: bus },
    { provide: SessionBus, useValue: bus },
  ];
}
