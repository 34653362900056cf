import { TestBed } from '@angular/core/testing';
import { SignedInTabPresence } from './signed-in-tab-presence';

const LOCK = 'mcm-portal.signed-in-tab';

describe('SignedInTabPresence (real Web Locks)', () => {
  let presence: SignedInTabPresence;

  beforeEach(() => {
    presence = TestBed.inject(SignedInTabPresence);
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const holders = async () =>
    ((await navigator.locks.query()).held ?? []).filter((lock) => lock.name === LOCK).length;

  it('holds one shared lock while signed in, and releases it on drop', async () => {
    expect(presence.supported).toBeTrue();
    const before = await holders();
    presence.hold();
    presence.hold();
    await settle();
    expect(await holders()).toBe(before + 1);
    expect(await presence.anotherTabIsSignedIn()).toBeTrue();
    presence.drop();
    await settle();
    expect(await holders()).toBe(before);
  });

  it('releases the lock when the app is torn down', async () => {
    const before = await holders();
    presence.hold();
    await settle();
    expect(await holders()).toBe(before + 1);
    TestBed.resetTestingModule();
    await settle();
    expect(await holders()).toBe(before);
  });
});
