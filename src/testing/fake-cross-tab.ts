import { Provider, inject } from '@angular/core';
import { BroadcastPort, LOCK_MANAGER, OPEN_BROADCAST_CHANNEL } from '../app/core/cross-tab';

/*
 * In-memory Web Locks and BroadcastChannel for unit specs (see src/app/core/cross-tab.ts). They
 * keep the browser's rules that the portal relies on, without the browser process: a spec's locks
 * and messages are its own (nothing is shared with earlier specs) and arrive within microtasks,
 * however busy the machine. Several "tabs" in a spec share one instance, as tabs share an origin.
 */

interface LockRequest {
  readonly name: string;
  readonly mode: LockMode;
  readonly grant: () => void;
}

/**
 * Web Locks as the specification orders them: per name, requests are granted first come first
 * served, an exclusive lock alone, consecutive shared requests together; a lock is released when
 * the promise its callback returned settles, and `request()` then settles the same way.
 * `ifAvailable` is kept; `steal` and `signal` are not used by the portal and throw.
 */
export class FakeLockManager implements LockManager {
  private readonly held: LockRequest[] = [];
  private readonly pending: LockRequest[] = [];

  request<T>(name: string, callback: LockGrantedCallback<T>): Promise<T>;
  request<T>(name: string, options: LockOptions, callback: LockGrantedCallback<T>): Promise<T>;
  request<T>(
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback<T>,
    maybeCallback?: LockGrantedCallback<T>,
  ): Promise<T> {
    const [options, callback] =
      typeof optionsOrCallback === 'function'
        ? [{} as LockOptions, optionsOrCallback]
        : [optionsOrCallback, maybeCallback!];
    if (options.steal || options.signal) {
      return Promise.reject(new Error('FakeLockManager: steal and signal are not supported'));
    }
    const mode = options.mode ?? 'exclusive';
    return new Promise<T>((resolve, reject) => {
      const request: LockRequest = {
        name,
        mode,
        grant: () => {
          void Promise.resolve()
            .then(() => callback({ name, mode }))
            .then(
              (value) => this.release(request, () => resolve(value)),
              (error: unknown) => this.release(request, () => reject(error)),
            );
        },
      };
      const queued = this.pending.some((other) => other.name === name);
      if (options.ifAvailable && (queued || !this.free(request))) {
        void Promise.resolve()
          .then(() => callback(null))
          .then(resolve, reject);
        return;
      }
      this.pending.push(request);
      this.grantWhatCan();
    });
  }

  async query(): Promise<LockManagerSnapshot> {
    const info = ({ name, mode }: LockRequest): LockInfo => ({ name, mode, clientId: 'fake-tab' });
    return { held: this.held.map(info), pending: this.pending.map(info) };
  }

  private release(request: LockRequest, settle: () => void): void {
    this.held.splice(this.held.indexOf(request), 1);
    this.grantWhatCan();
    settle();
  }

  /** Nothing held under that name conflicts with the request's mode. */
  private free(request: LockRequest): boolean {
    const holders = this.held.filter((holder) => holder.name === request.name);
    return request.mode === 'shared'
      ? holders.every((holder) => holder.mode === 'shared')
      : holders.length === 0;
  }

  /** Grants, name by name, the requests at the head of the queue that are free. */
  private grantWhatCan(): void {
    const blocked = new Set<string>();
    for (const request of [...this.pending]) {
      if (blocked.has(request.name) || !this.free(request)) {
        blocked.add(request.name);
        continue;
      }
      this.pending.splice(this.pending.indexOf(request), 1);
      this.held.push(request);
      request.grant();
    }
  }
}

/** BroadcastChannels of one origin: a message reaches every other open port of its name, cloned. */
export class FakeBroadcastChannels {
  private readonly ports = new Map<string, Set<FakeBroadcastPort>>();

  open(name: string): BroadcastPort {
    const port = new FakeBroadcastPort(name, this);
    this.openPorts(name).add(port);
    return port;
  }

  /** @internal */
  openPorts(name: string): Set<FakeBroadcastPort> {
    let open = this.ports.get(name);
    if (!open) this.ports.set(name, (open = new Set()));
    return open;
  }
}

class FakeBroadcastPort implements BroadcastPort {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  private closed = false;

  constructor(
    private readonly name: string,
    private readonly channels: FakeBroadcastChannels,
  ) {}

  postMessage(message: unknown): void {
    if (this.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    for (const port of this.channels.openPorts(this.name)) {
      if (port === this) continue;
      const data = structuredClone(message);
      queueMicrotask(() => {
        if (!port.closed) port.onmessage?.(new MessageEvent('message', { data }));
      });
    }
  }

  close(): void {
    this.closed = true;
    this.channels.openPorts(this.name).delete(this);
  }
}

/**
 * The fakes in place of the browser's Web Locks and BroadcastChannel, one of each per TestBed:
 * `TestBed.inject(FakeLockManager)` / `TestBed.inject(FakeBroadcastChannels)` play other tabs.
 */
export function provideFakeCrossTab(): Provider[] {
  return [
    { provide: FakeLockManager, useFactory: () => new FakeLockManager() },
    { provide: LOCK_MANAGER, useExisting: FakeLockManager },
    { provide: FakeBroadcastChannels, useFactory: () => new FakeBroadcastChannels() },
    {
      provide: OPEN_BROADCAST_CHANNEL,
      useFactory: () => {
        const channels = inject(FakeBroadcastChannels);
        return (name: string) => channels.open(name);
      },
    },
  ];
}
