import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store, provideStore } from '@ngrx/store';
import { merchantSignedIn } from '../../../testing/auth-presets';
import { FakeSessionBus, provideFakeSessionBus } from '../../../testing/fake-session-bus';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { provideWsapiTesting } from '../../../testing/wsapi-testing';
import { restoreSession } from './session-restore';
import { SessionStorage } from './session-storage';
import { SignedInTabPresence } from './signed-in-tab-presence';
import { authFeature } from './state/auth.feature';

const MINUTE = 60_000;

describe('restoreSession', () => {
  let store: Store;
  let storage: SessionStorage;
  let bus: FakeSessionBus;
  let backend: HttpTestingController;
  /** What the Web Lock says: does another tab hold a session? */
  let anotherTab: boolean;

  beforeEach(() => {
    anotherTab = true;
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideFakeSessionBus(),
        {
          provide: SignedInTabPresence,
          useValue: {
            supported: true,
            anotherTabIsSignedIn: async () => anotherTab,
            hold: () => undefined,
            drop: () => undefined,
          },
        },
        provideWsapiTesting(),
      ],
    });
    store = TestBed.inject(Store);
    storage = TestBed.inject(SessionStorage);
    bus = TestBed.inject(FakeSessionBus);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => storage.clear());

  const restore = () => TestBed.runInInjectionContext(() => restoreSession());
  const state = () => store.selectSignal(authFeature.selectAuthState)();

  it('restores this tab’s stored session without asking anyone', async () => {
    const now = Date.now();
    storage.write(merchantSignedIn({ at: now, session: { token: 'MCM6-stored' } }));
    await restore();
    expect(state().status).toBe('signed-in');
    expect(state().session?.token).toBe('MCM6-stored');
    expect(bus.posted).toEqual([]);
  });

  it('drops an expired stored session and asks open tabs, then gives up as signed out', async () => {
    const now = Date.now();
    storage.write(merchantSignedIn({ at: now - 20 * MINUTE }));
    await restore();
    expect(bus.posted).toEqual([{ type: 'session-wanted' }]);
    expect(state().status).toBe('signed-out');
    expect(storage.read()).toBeNull();
  });

  it('starts at once, asking nobody, when no other tab holds a session', async () => {
    anotherTab = false;
    let restored = false;
    void restore().then(() => (restored = true));
    // No timer to wait out: the restore is over before the next macrotask.
    await new Promise((resolve) => setTimeout(resolve));
    expect(restored).toBeTrue();
    expect(bus.posted).toEqual([]);
    expect(state().status).toBe('signed-out');
  });

  it('takes the live session from an open tab', async () => {
    const fromTab = merchantSignedIn({ at: Date.now(), session: { token: 'MCM6-tab' } });
    const restoring = restore();
    await new Promise((resolve) => setTimeout(resolve));
    bus.receive({ type: 'session', signedIn: fromTab });
    await restoring;
    expect(state().session?.token).toBe('MCM6-tab');
  });

  it('validates a session close to expiry with a refresh before anyone decides', async () => {
    const now = Date.now();
    storage.write(merchantSignedIn({ at: now - 14.5 * MINUTE, session: { token: 'MCM6-old' } }));
    const restoring = restore();
    await new Promise((resolve) => setTimeout(resolve));
    expect(state().status).toBe('restoring');
    backend.expectOne({ method: 'PUT' }).flush(refreshResponseFixture);
    await restoring;
    expect(state().status).toBe('signed-in');
    expect(state().session?.token).toBe(refreshResponseFixture.session.session_token);
  });

  it('restores as signed out when that refresh is refused', async () => {
    const now = Date.now();
    storage.write(merchantSignedIn({ at: now - 14.5 * MINUTE }));
    const restoring = restore();
    await new Promise((resolve) => setTimeout(resolve));
    backend
      .expectOne({ method: 'PUT' })
      .flush(
        { error: { code: 'invalid_session', message: 'x' } },
        { status: 401, statusText: 'Unauthorized' },
      );
    await restoring;
    expect(state().status).toBe('signed-out');
    expect(storage.read()).toBeNull();
  });
});
