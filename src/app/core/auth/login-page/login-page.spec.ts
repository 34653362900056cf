import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import { provideAuthState, signedOutState } from '../../../../testing/auth-presets';
import { useFakeTime } from '../../../../testing/fake-time';
import { RUNTIME_CONFIG_PROBLEM } from '../../config/runtime-config';
import { WsapiError } from '../../wsapi/wsapi-error';
import { LoginPageActions } from '../state/auth.actions';
import { AuthState } from '../state/auth.feature';
import { LoginPage } from './login-page';
import { PREFETCH_SIGNED_IN_AREA } from './prefetch-signed-in-area';

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let prefetch: jasmine.Spy;

  async function create(
    auth: AuthState = signedOutState(),
    configProblem: string | null = null,
  ): Promise<void> {
    prefetch = jasmine.createSpy('prefetchSignedInArea');
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideAuthState(auth),
        { provide: PREFETCH_SIGNED_IN_AREA, useValue: prefetch },
        { provide: RUNTIME_CONFIG_PROBLEM, useValue: configProblem },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', '/transactions?page=2');
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const ids: Record<string, string> = { userName: 'login-user-name', password: 'login-password' };
  const input = (name: string) => page().querySelector<HTMLInputElement>(`#${ids[name]}`)!;
  const submit = () => page().querySelector<HTMLButtonElement>('button[type="submit"]')!;

  function type(name: string, value: string): void {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
  }

  async function failWith(error: WsapiError): Promise<void> {
    store.setState({ auth: { ...signedOutState(), signInError: error } });
    await fixture.whenStable();
  }

  /** Opens the page, types the user name and password, and clicks the submit button. */
  async function signIn(userName: string, password: string): Promise<void> {
    await create();
    type('userName', userName);
    type('password', password);
    submit().click();
  }
  it('labels both fields for assistive technology', async () => {
    await create();
    const labels = Array.from(page().querySelectorAll('label')).map((label) => [
      label.textContent?.trim(),
      label.htmlFor,
    ]);
    expect(labels).toEqual([
      ['User name', 'login-user-name'],
      ['Password', 'login-password'],
    ]);
    expect(input('userName').getAttribute('autocomplete')).toBe('username');
    expect(input('password').type).toBe('password');
  });

  it('prefetches the signed-in area as soon as the user starts on the form, not before', async () => {
    await create();
    expect(prefetch).not.toHaveBeenCalled();
    input('userName').focus();
    expect(prefetch).toHaveBeenCalled();
  });

  // What is sent: the user name trimmed (and otherwise exactly as typed), the password as typed.
  const submissions: readonly { name: string; typed: string; password: string; sent: string }[] = [
    {
      name: 'submits the trimmed user name, the password and the recorded return URL',
      typed: '  merchant ',
      password: 'Sandbox!2026',
      sent: 'merchant',
    },
    {
      name: 'sends a unicode user name exactly as typed (trimmed)',
      typed: ' Zoë-商店-🙂‏ ',
      password: 'p',
      sent: 'Zoë-商店-🙂‏',
    },
  ];
  for (const { name, typed, password, sent } of submissions) {
    it(name, async () => {
      await signIn(typed, password);
      expect(dispatch).toHaveBeenCalledOnceWith(
        LoginPageActions.signInSubmitted({
          credentials: { userName: sent, password },
          returnUrl: '/transactions?page=2',
        }),
      );
    });
  }

  it('handles a pasted 10,000-character user name: a readable limit, nothing sent, nothing lost', async () => {
    const huge = 'x'.repeat(10_000);
    await signIn(huge, 'whatever');
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalled();
    expect(page().textContent).toContain('A user name has at most 128 characters.');
    expect(input('userName').value.length).toBe(10_000);
  });

  it('does not submit an empty form and says what is missing', async () => {
    await create();
    submit().click();
    await fixture.whenStable();
    expect(dispatch).not.toHaveBeenCalled();
    expect(page().textContent).toContain('Enter your user name.');
    expect(page().textContent).toContain('Enter your password.');
    expect(input('userName').getAttribute('aria-invalid')).toBe('true');
    expect(input('userName').getAttribute('aria-describedby')).toBe('login-user-name-error');
    expect(document.activeElement).toBe(input('userName'));
  });

  it('after wrong credentials: a generic message, the user name kept, the password gone', async () => {
    await create();
    type('userName', 'merchant');
    type('password', 'wrong');
    await failWith({ kind: 'invalid-credentials' });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'The user name or password is incorrect.',
    );
    expect(input('userName').value).toBe('merchant');
    expect(input('password').value).toBe('');
  });

  it('disables the button and shows progress while signing in', async () => {
    await create({ ...signedOutState(), status: 'signing-in' });
    expect(submit().disabled).toBeTrue();
    expect(page().querySelector('[role="progressbar"]')).not.toBeNull();
  });

  it('says why the user was signed out', async () => {
    await create(signedOutState('idle'));
    expect(page().querySelector('[role="status"]')?.textContent).toContain('inactive');
  });

  it('shows a configuration problem', async () => {
    await create(signedOutState(), 'applicationKey is missing');
    expect(page().textContent).toContain('applicationKey is missing');
  });

  for (const [error, text] of [
    [{ kind: 'network' }, 'could not reach the server'],
    [{ kind: 'server', status: 500 }, 'HTTP 500'],
    [{ kind: 'invalid-api-key' }, 'not configured correctly'],
    [{ kind: 'timeout' }, 'took too long'],
  ] as [WsapiError, string][]) {
    it(`explains a ${error.kind} failure`, async () => {
      await create();
      await failWith(error);
      expect(page().querySelector('[role="alert"]')?.textContent).toContain(text);
    });
  }

  describe('when locked', () => {
    const time = useFakeTime();
    const countdown = () =>
      page().querySelector('[data-testid="lock-countdown"]')?.textContent?.trim();
    /** Moves the clock on by `ms` and lets the page catch up. */
    async function advance(ms: number): Promise<void> {
      time.advance(ms);
      await fixture.whenStable();
    }
    /** The countdown reads each step's text, then moves on by its ms; after the last, it is gone. */
    async function expectCountdown(...steps: [text: string, ms: number][]): Promise<void> {
      for (const [text, ms] of steps) {
        expect(countdown()).toBe(text);
        await advance(ms);
      }
      expect(countdown()).toBeUndefined();
    }

    it('counts down the time from Retry-After', async () => {
      await create();
      await failWith({ kind: 'locked', retryAfterSeconds: 120 });
      await expectCountdown(['2:00', 5_000], ['1:55', 115_000]);
    });

    it('counts down a 429 from its Retry-After too (issue 15)', async () => {
      await create();
      await failWith({ kind: 'too-many-requests', retryAfterSeconds: 42 });
      expect(page().querySelector('[data-testid="sign-in-error"]')?.textContent).toContain(
        'Too many sign-in attempts',
      );
      await expectCountdown(['0:42', 40_000], ['0:02', 2_000]);
    });

    it('an account an administrator locked has no countdown, and says whom to ask', async () => {
      await create();
      await failWith({ kind: 'locked', retryAfterSeconds: null });
      expect(page().querySelector('[data-testid="lock-countdown"]')).toBeNull();
      expect(page().querySelector('[data-testid="sign-in-error"]')?.textContent?.trim()).toBe(
        'This account is locked. Please contact your administrator.',
      );
    });
  });
});
