import { merchantSignedIn, signedInState } from '../../../../testing/auth-presets';
import { refreshResponseFixture } from '../../../../testing/fixtures/refresh-response';
import { applyRefresh } from '../session.model';
import {
  AuthApiActions,
  ShellActions,
  IdleWarningActions,
  LoginPageActions,
  SessionActions,
  SessionBusActions,
} from './auth.actions';
import { AuthState, authFeature, initialAuthState, selectConfigValue } from './auth.feature';

const reduce = (
  state: AuthState | undefined,
  ...actions: Parameters<typeof authFeature.reducer>[1][]
) =>
  actions.reduce(
    (current, action) => authFeature.reducer(current, action),
    state ?? initialAuthState,
  );

describe('auth feature', () => {
  it('starts restoring, so guards wait', () => {
    expect(authFeature.selectRestored.projector(initialAuthState.status)).toBeFalse();
  });

  it('restores a session or none', () => {
    const signedIn = merchantSignedIn();
    expect(reduce(undefined, SessionActions.restored({ signedIn })).status).toBe('signed-in');
    expect(reduce(undefined, SessionActions.restored({ signedIn: null })).status).toBe(
      'signed-out',
    );
  });

  it('never keeps the password of a sign-in attempt', () => {
    const state = reduce(
      undefined,
      SessionActions.restored({ signedIn: null }),
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'merchant', password: 'Secret!123' },
        returnUrl: null,
      }),
    );
    expect(state.status).toBe('signing-in');
    expect(JSON.stringify(state)).not.toContain('Secret!123');
  });

  it('keeps the error of a failed sign-in until the next attempt', () => {
    const failed = reduce(
      undefined,
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'a', password: 'b' },
        returnUrl: null,
      }),
      AuthApiActions.signInFailed({ error: { kind: 'invalid-credentials' } }),
    );
    expect(failed.status).toBe('signed-out');
    expect(failed.signInError).toEqual({ kind: 'invalid-credentials' });
    const retry = reduce(
      failed,
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'a', password: 'c' },
        returnUrl: null,
      }),
    );
    expect(retry.signInError).toBeNull();
  });

  it('a refresh updates the session and keeps the configuration and profile from login', () => {
    const before = signedInState();
    const session = { token: 'MCM6-new', issuedAt: 1, expiresAt: 2 };
    const account = applyRefresh(before.account!, refreshResponseFixture);
    const after = reduce(before, AuthApiActions.refreshSucceeded({ session, account }));
    expect(after.session).toEqual(session);
    expect(after.account?.configuration).toEqual(before.account!.configuration);
    expect(after.account?.user.primaryEmail).toBe(before.account!.user.primaryEmail);
  });

  it('ignores a refresh that lands after sign-out', () => {
    const out = reduce(signedInState(), ShellActions.signOutClicked());
    const after = reduce(
      out,
      AuthApiActions.refreshSucceeded({
        session: { token: 'late', issuedAt: 1, expiresAt: 2 },
        account: signedInState().account!,
      }),
    );
    expect(after.status).toBe('signed-out');
    expect(after.session).toBeNull();
  });

  it('every way out of a session clears it and says why', () => {
    const cases = [
      [ShellActions.signOutClicked(), 'signed-out'],
      [IdleWarningActions.signOutClicked(), 'signed-out'],
      [SessionActions.idleTimedOut(), 'idle'],
      [SessionActions.expired(), 'expired'],
      [SessionBusActions.signedOutInAnotherTab(), 'other-tab'],
    ] as const;
    for (const [action, reason] of cases) {
      const state = reduce(signedInState(), action);
      expect(state.status).withContext(action.type).toBe('signed-out');
      expect(state.session).withContext(action.type).toBeNull();
      expect(state.account).withContext(action.type).toBeNull();
      expect(state.signOutReason).withContext(action.type).toBe(reason);
    }
  });

  it('the idle warning is set by its start and cleared only by an answer, here or in another tab', () => {
    const warned = reduce(signedInState(), SessionActions.idleWarningStarted({ deadline: 123 }));
    expect(warned.idleDeadline).toBe(123);
    expect(reduce(warned, IdleWarningActions.staySignedInClicked()).idleDeadline).toBeNull();
    expect(
      reduce(warned, SessionBusActions.staySignedInElsewhere({ at: 1 })).idleDeadline,
    ).toBeNull();
    const refreshed = reduce(
      warned,
      AuthApiActions.refreshSucceeded({ session: warned.session!, account: warned.account! }),
    );
    expect(refreshed.idleDeadline).withContext('a background refresh').toBe(123);
    const shared = reduce(
      warned,
      SessionBusActions.sessionShared({ signedIn: merchantSignedIn() }),
    );
    expect(shared.idleDeadline).withContext('another tab refreshed').toBe(123);
  });

  it('a session shared by another tab is adopted', () => {
    const signedIn = merchantSignedIn({ session: { token: 'MCM6-other-tab' } });
    const state = reduce(signedInState(), SessionBusActions.sessionShared({ signedIn }));
    expect(state.session?.token).toBe('MCM6-other-tab');
  });

  it('reads configuration values through the coercing accessor', () => {
    const configuration = signedInState({
      configuration: { 'security.session_timeout.mobile': '5' },
    }).account!.configuration;
    expect(selectConfigValue('security.session_timeout.mobile').projector(configuration)).toBe(5);
    expect(
      selectConfigValue('component.access.virtual_terminal').projector(configuration),
    ).toBeTrue();
    expect(selectConfigValue('component.access.virtual_terminal').projector(null)).toBeFalse();
  });
});
