import { TestBed } from '@angular/core/testing';
import { FakeLockManager, provideFakeCrossTab } from '../../../testing/fake-cross-tab';
import { SignedInTabPresence } from './signed-in-tab-presence';
import { BROWSER_WAIT_MS } from '../../../testing/wait-until';

const LOCK = 'mcm-portal.signed-in-tab';

describe('SignedInTabPresence (Web Locks)', () => {
  let presence: SignedInTabPresence;
  let locks: FakeLockManager;

  const holders = async () =>
    ((await locks.query()).held ?? []).filter((lock) => lock.name === LOCK).length;

  /**
   * Web Locks are granted and released asynchronously: wait (bounded) until the lock has `count`
   * holders, and answer how many it has in the end.
   */
  async function holdersOnceSettledAt(count: number): Promise<number> {
    const deadline = Date.now() + BROWSER_WAIT_MS;
    let seen = await holders();
    while (seen !== count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      seen = await holders();
    }
    return seen;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideFakeCrossTab()] });
    locks = TestBed.inject(FakeLockManager);
    expect(await holders()).toBe(0);
    presence = TestBed.inject(SignedInTabPresence);
  });

  it('holds one shared lock while signed in, and releases it on drop', async () => {
    expect(presence.supported).toBeTrue();
    presence.hold();
    presence.hold();
    expect(await holdersOnceSettledAt(1)).toBe(1);
    // A second hold() in the same tab takes no second lock: give it time to show up, if it did.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await holders()).toBe(1);
    expect(await presence.anotherTabIsSignedIn()).toBeTrue();
    presence.drop();
    expect(await holdersOnceSettledAt(0)).toBe(0);
  });

  it('releases the lock when the app is torn down', async () => {
    presence.hold();
    expect(await holdersOnceSettledAt(1)).toBe(1);
    TestBed.resetTestingModule();
    expect(await holdersOnceSettledAt(0)).toBe(0);
  });
});
