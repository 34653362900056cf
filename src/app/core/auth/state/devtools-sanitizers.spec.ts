import { loginResponseFixture } from '../../../../testing/fixtures/login-response';
import { toSignedIn } from '../session.model';
import { AuthApiActions, LoginPageActions } from './auth.actions';
import { maskSecrets, sanitizeAction, sanitizeState } from './devtools-sanitizers';

describe('maskSecrets', () => {
  it('masks password, token and answer at the top level', () => {
    expect(
      maskSecrets({ password: 'hunter2', token: 'MCM6-x', answer: 'Rex', user: 'me' }),
    ).toEqual({ password: '***', token: '***', answer: '***', user: 'me' });
  });

  it('masks secrets at any depth', () => {
    const value = { a: { b: { c: { password: 'deep', keep: 1 } } } };
    expect(maskSecrets(value)).toEqual({ a: { b: { c: { password: '***', keep: 1 } } } });
  });

  it('masks secrets inside arrays', () => {
    const value = {
      questions: [
        { id: '13', question: 'Friend?', answer: 'Rex' },
        { id: '15', question: 'School?', answer: 'Elm' },
      ],
      tokens: [[{ token: 'a' }], { token: 'b' }],
    };
    expect(maskSecrets(value)).toEqual({
      questions: [
        { id: '13', question: 'Friend?', answer: '***' },
        { id: '15', question: 'School?', answer: '***' },
      ],
      tokens: [[{ token: '***' }], { token: '***' }],
    });
  });

  it('masks a secret whatever its value is', () => {
    expect(maskSecrets<unknown>({ token: { nested: 'x' }, password: null, answer: 0 })).toEqual({
      token: '***',
      password: '***',
      answer: '***',
    });
  });

  it('leaves other fields, including ones that merely mention a secret, untouched', () => {
    const value = {
      userName: 'me',
      passwordHint: 'pet',
      tokenCount: 2,
      flags: [true, false],
      nothing: null,
      when: 1_700_000_000_000,
    };
    expect(maskSecrets(value)).toEqual(value);
  });

  it('returns primitives and null as they are', () => {
    expect(maskSecrets('password')).toBe('password');
    expect(maskSecrets(42)).toBe(42);
    expect(maskSecrets(null)).toBeNull();
    expect(maskSecrets(undefined)).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const value = { password: 'hunter2', nested: [{ token: 'MCM6-x' }] };
    const snapshot = structuredClone(value);
    const masked = maskSecrets(value);
    expect(value).toEqual(snapshot);
    expect(masked).not.toBe(value);
    expect(masked.nested).not.toBe(value.nested);
  });
});

describe('devtools sanitizers', () => {
  it('hide the password of a sign-in action', () => {
    const action = LoginPageActions.signInSubmitted({
      credentials: { userName: 'me', password: 'hunter2' },
      returnUrl: null,
    });
    const sanitized = JSON.stringify(sanitizeAction(action));
    expect(sanitized).not.toContain('hunter2');
    expect(sanitized).toContain('"userName":"me"');
    expect(sanitizeAction(action).type).toBe(action.type);
  });

  it('hide the session token of a signed-in action and state', () => {
    const signedIn = toSignedIn(structuredClone(loginResponseFixture), 0, null);
    const token = signedIn.session.token;
    const action = AuthApiActions.signInSucceeded({ signedIn, returnUrl: null });
    expect(JSON.stringify(sanitizeAction(action))).not.toContain(token);
    expect(JSON.stringify(sanitizeState({ auth: { signedIn } }))).not.toContain(token);
    expect(JSON.stringify(sanitizeState({ auth: { signedIn } }))).toContain('myUserName');
  });
});
