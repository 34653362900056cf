import { TestBed } from '@angular/core/testing';
import { SignedInTabPresence } from './signed-in-tab-presence';

describe('SignedInTabPresence (real Web Locks)', () => {
  let presence: SignedInTabPresence;

  beforeEach(() => {
    presence = TestBed.inject(SignedInTabPresence);
  });

  afterEach(() => presence.drop());

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('is visible to other tabs while held, and gone once dropped', async () => {
    expect(presence.supported).toBeTrue();
    expect(await presence.anotherTabIsSignedIn()).toBeFalse();
    presence.hold();
    await settle();
    expect(await presence.anotherTabIsSignedIn()).toBeTrue();
    presence.drop();
    await settle();
    expect(await presence.anotherTabIsSignedIn()).toBeFalse();
  });

  it('holding twice keeps one lock, and one drop releases it', async () => {
    presence.hold();
    presence.hold();
    await settle();
    const { held = [] } = await navigator.locks.query();
    expect(held.filter((lock) => lock.name === 'mcm-portal.signed-in-tab').length).toBe(1);
    presence.drop();
    await settle();
    expect(await presence.anotherTabIsSignedIn()).toBeFalse();
  });
});
