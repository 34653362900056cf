import { FakeBroadcastChannels, FakeLockManager } from './fake-cross-tab';

/** The fakes must keep the browser's rules the portal relies on, or the specs that use them lie. */
describe('FakeLockManager', () => {
  let locks: FakeLockManager;
  beforeEach(() => (locks = new FakeLockManager()));

  /** A lock request whose callback holds the lock until `release()`. */
  function hold(name: string, options: LockOptions = {}) {
    let release = () => undefined as void;
    let granted = false;
    const done = locks.request(name, options, () => {
      granted = true;
      return new Promise<void>((resolve) => (release = resolve));
    });
    return { done, isGranted: () => granted, release: () => release() };
  }
  const turns = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  const names = async (kind: 'held' | 'pending') =>
    ((await locks.query())[kind] ?? []).map((lock) => `${lock.name}:${lock.mode}`);

  it('grants an exclusive lock to one holder at a time, in the order asked', async () => {
    const first = hold('a');
    const second = hold('a');
    await turns();
    expect([first.isGranted(), second.isGranted()]).toEqual([true, false]);
    expect(await names('pending')).toEqual(['a:exclusive']);
    first.release();
    await first.done;
    await turns();
    expect(second.isGranted()).toBeTrue();
    second.release();
    await second.done;
    expect(await names('held')).toEqual([]);
  });

  it('grants shared locks together, but not past an exclusive one asked before them', async () => {
    const one = hold('a', { mode: 'shared' });
    const two = hold('a', { mode: 'shared' });
    const exclusive = hold('a');
    const late = hold('a', { mode: 'shared' });
    await turns();
    expect([one, two, exclusive, late].map((lock) => lock.isGranted())).toEqual([
      true,
      true,
      false,
      false,
    ]);
    one.release();
    two.release();
    await Promise.all([one.done, two.done]);
    await turns();
    expect([exclusive.isGranted(), late.isGranted()]).toEqual([true, false]);
    exclusive.release();
    await exclusive.done;
    await turns();
    expect(late.isGranted()).toBeTrue();
  });

  it('keeps locks of different names apart', async () => {
    const a = hold('a');
    const b = hold('b');
    await turns();
    expect([a.isGranted(), b.isGranted()]).toEqual([true, true]);
  });

  it('settles request() with what the callback returned, after releasing the lock', async () => {
    await expectAsync(locks.request('a', () => 42)).toBeResolvedTo(42);
    await expectAsync(
      locks.request('a', () => Promise.reject(new Error('no'))),
    ).toBeRejectedWithError('no');
    expect(await names('held')).toEqual([]);
  });

  it('with ifAvailable, calls back with null instead of waiting', async () => {
    const holder = hold('a');
    await turns();
    const seen = await locks.request('a', { ifAvailable: true }, (lock) => lock);
    expect(seen).toBeNull();
    holder.release();
    await holder.done;
    expect(await locks.request('a', { ifAvailable: true }, (lock) => lock?.name)).toBe('a');
  });
});

describe('FakeBroadcastChannels', () => {
  it('delivers a clone to every other open port of the name, never back to the sender', async () => {
    const channels = new FakeBroadcastChannels();
    const [sender, receiver, closed, elsewhere] = ['x', 'x', 'x', 'y'].map((name) =>
      channels.open(name),
    );
    const heard: [string, unknown][] = [];
    const listen = (port: typeof sender, who: string) =>
      (port.onmessage = (event) => heard.push([who, event.data]));
    listen(sender, 'sender');
    listen(receiver, 'receiver');
    listen(closed, 'closed');
    listen(elsewhere, 'elsewhere');
    closed.close();
    const message = { type: 'activity', at: 1 };
    sender.postMessage(message);
    message.at = 2;
    await Promise.resolve();
    expect(heard).toEqual([['receiver', { type: 'activity', at: 1 }]]);
    expect(() => closed.postMessage({})).toThrowError(DOMException);
  });
});
