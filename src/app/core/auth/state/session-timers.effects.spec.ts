import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { of } from 'rxjs';
import { merchantSignedIn } from '../../../../testing/auth-presets';
import { provideFakeSessionBus } from '../../../../testing/fake-session-bus';
import { FAKE_TIME_START, useFakeTime } from '../../../../testing/fake-time';
import { ActivityMonitor } from '../activity-monitor';
import { SessionRefresher } from '../session-refresher';
import { refreshDueAt } from '../session-timing';
import { SignedIn } from '../session.model';
import { AuthApiActions, IdleWarningActions, SessionActions } from './auth.actions';
import { authFeature } from './auth.feature';
import * as timerEffects from './session-timers.effects';

const MINUTE = 60_000;
const T0 = FAKE_TIME_START;

describe('session timers', () => {
  const time = useFakeTime();
  let store: Store;
  let refresh: jasmine.Spy;
  let activity: ActivityMonitor;

  beforeEach(() => {
    refresh = jasmine.createSpy('refresh').and.returnValue(of('MCM6-token'));
    TestBed.configureTestingModule({
      providers: [
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideEffects(timerEffects),
        provideFakeSessionBus(),
        { provide: SessionRefresher, useValue: { refresh } },
      ],
    });
    store = TestBed.inject(Store);
    activity = TestBed.inject(ActivityMonitor);
  });

  afterEach(() => activity.stop());

  const restore = (signedIn: SignedIn) => store.dispatch(SessionActions.restored({ signedIn }));
  const status = () => store.selectSignal(authFeature.selectStatus)();
  const reason = () => store.selectSignal(authFeature.selectSignOutReason)();
  const idleDeadline = () => store.selectSignal(authFeature.selectIdleDeadline)();

  describe('refreshDueAt', () => {
    it('is max(60 s, 10 % of the window) before expiry', () => {
      expect(refreshDueAt({ issuedAt: 0, expiresAt: 15 * MINUTE })).toBe(15 * MINUTE - 90_000);
      expect(refreshDueAt({ issuedAt: 0, expiresAt: 5 * MINUTE })).toBe(4 * MINUTE);
    });
  });

  it('refreshes when due if the user did something since the session was extended', () => {
    restore(merchantSignedIn({ session: { issuedAt: T0, expiresAt: T0 + 15 * MINUTE } }));
    time.advance(MINUTE);
    activity.record();
    time.advance(12.5 * MINUTE - 1);
    expect(refresh).not.toHaveBeenCalled();
    time.advance(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not refresh an idle session, which then ends at its expiry', () => {
    restore(merchantSignedIn({ session: { issuedAt: T0, expiresAt: T0 + 15 * MINUTE } }));
    time.advance(15 * MINUTE - 1);
    expect(refresh).not.toHaveBeenCalled();
    expect(status()).toBe('signed-in');
    time.advance(1);
    expect(status()).toBe('signed-out');
  });

  it('retries a due refresh every 15 s while it has not succeeded', () => {
    refresh.and.returnValue(of(null));
    restore(merchantSignedIn({ session: { issuedAt: T0, expiresAt: T0 + 15 * MINUTE } }));
    time.advance(MINUTE);
    activity.record();
    time.advance(12.5 * MINUTE);
    expect(refresh).toHaveBeenCalledTimes(1);
    time.advance(15_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('ends the session as expired when its expiry passes', () => {
    restore(merchantSignedIn({ session: { issuedAt: T0, expiresAt: T0 + 5 * MINUTE } }));
    time.advance(5 * MINUTE);
    expect(status()).toBe('signed-out');
    expect(reason()).toBe('expired');
  });

  describe('idle timeout (security.session_timeout.mobile)', () => {
    const longSession = () =>
      merchantSignedIn({ session: { issuedAt: T0, expiresAt: T0 + 8 * 60 * MINUTE } });

    it('warns for the last minute, then signs out as idle', () => {
      restore(longSession());
      time.advance(14 * MINUTE - 1);
      expect(idleDeadline()).toBeNull();
      time.advance(1);
      expect(idleDeadline()).toBe(T0 + 15 * MINUTE);
      time.advance(MINUTE);
      expect(status()).toBe('signed-out');
      expect(reason()).toBe('idle');
    });

    it('reads the timeout through the accessor ("5" minutes)', () => {
      restore(
        merchantSignedIn({
          session: { issuedAt: T0, expiresAt: T0 + 60 * MINUTE },
          configuration: { 'security.session_timeout.mobile': '5' },
        }),
      );
      time.advance(4 * MINUTE);
      expect(idleDeadline()).toBe(T0 + 5 * MINUTE);
    });

    it('a configuration read after a refresh is not activity: the idle clock keeps running', () => {
      const signedIn = longSession();
      restore(signedIn);
      time.advance(10 * MINUTE);
      store.dispatch(
        AuthApiActions.configurationRefreshed({
          configuration: { ...signedIn.account.configuration, 'processing.config.tip': false },
        }),
      );
      time.advance(4 * MINUTE);
      expect(idleDeadline()).toBe(T0 + 15 * MINUTE);
    });

    it('activity postpones the warning', () => {
      restore(longSession());
      time.advance(10 * MINUTE);
      activity.record();
      time.advance(13 * MINUTE);
      expect(idleDeadline()).toBeNull();
      time.advance(MINUTE);
      expect(idleDeadline()).toBe(T0 + 25 * MINUTE);
    });

    it('while the warning shows, only "Stay signed in" counts, and it refreshes', () => {
      restore(longSession());
      time.advance(14 * MINUTE);
      expect(idleDeadline()).not.toBeNull();
      time.advance(10_000);
      activity.record();
      expect(idleDeadline()).not.toBeNull();
      store.dispatch(IdleWarningActions.staySignedInClicked());
      expect(idleDeadline()).toBeNull();
      expect(refresh).toHaveBeenCalled();
      time.advance(MINUTE);
      expect(status()).toBe('signed-in');
    });
  });
});
