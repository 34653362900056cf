import { WsapiError } from '../../wsapi/wsapi-error';
import { SignOutReason } from '../state/auth.actions';
import { formatCountdown, retryAtFor, signInErrorMessage, signOutMessage } from './login-messages';

describe('formatCountdown', () => {
  it('formats minutes and zero-padded seconds', () => {
    expect(formatCountdown(125)).toBe('2:05');
    expect(formatCountdown(60)).toBe('1:00');
    expect(formatCountdown(59)).toBe('0:59');
    expect(formatCountdown(600)).toBe('10:00');
  });

  it('shows zero as 0:00', () => {
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('never shows a negative time', () => {
    expect(formatCountdown(-1)).toBe('0:00');
    expect(formatCountdown(-125)).toBe('0:00');
  });

  it('rounds a fraction of a second up, so 0:00 means the wait is over', () => {
    expect(formatCountdown(0.2)).toBe('0:01');
    expect(formatCountdown(59.01)).toBe('1:00');
    expect(formatCountdown(124.5)).toBe('2:05');
  });
});

describe('signInErrorMessage', () => {
  const errors: WsapiError[] = [
    { kind: 'invalid-credentials' },
    { kind: 'locked', retryAfterSeconds: 120 },
    { kind: 'network' },
    { kind: 'invalid-api-key' },
    { kind: 'too-many-requests', retryAfterSeconds: 30 },
    {
      kind: 'invalid-request',
      code: 'invalid_parameter',
      field: 'user_name',
      message: 'The user name is too long.',
    },
    { kind: 'server', status: 500 },
    { kind: 'server', status: 503 },
    { kind: 'session-expired' },
  ];

  it('says something different for each kind of failure', () => {
    const messages = errors.map(signInErrorMessage);
    expect(new Set(messages).size).toBe(errors.length);
  });

  it('gives readable sentences, never a raw code or kind', () => {
    for (const error of errors) {
      const message = signInErrorMessage(error);
      expect(message)
        .withContext(error.kind)
        .toMatch(/^[A-Z].*\.$/);
      if (error.kind.includes('-'))
        expect(message).withContext(error.kind).not.toContain(error.kind);
      expect(message).withContext(error.kind).not.toContain('_');
    }
  });

  it('does not say whether the user name or the password was wrong', () => {
    const message = signInErrorMessage({ kind: 'invalid-credentials' });
    expect(message).toMatch(/user name or password/i);
    expect(message).not.toMatch(/^the (user name|password) is/i);
    expect(message).not.toMatch(/unknown|not found|does not exist|no such/i);
  });

  it('says the account is locked', () => {
    expect(signInErrorMessage({ kind: 'locked', retryAfterSeconds: 120 })).toMatch(/locked/i);
    expect(signInErrorMessage({ kind: 'locked', retryAfterSeconds: null })).toBe(
      'This account is locked. Please contact your administrator.',
    );
  });

  it('tells how long to wait after too many requests', () => {
    expect(signInErrorMessage({ kind: 'too-many-requests', retryAfterSeconds: 42 })).toContain(
      '42 seconds',
    );
  });

  it('asks to check the connection when the server cannot be reached', () => {
    expect(signInErrorMessage({ kind: 'network' })).toMatch(/connection/i);
  });

  it('sends a misconfigured portal to the administrator', () => {
    expect(signInErrorMessage({ kind: 'invalid-api-key' })).toMatch(/administrator/i);
    expect(signInErrorMessage({ kind: 'not-configured' })).toMatch(/administrator/i);
  });

  it("includes the server's explanation of a rejected request when there is one", () => {
    expect(
      signInErrorMessage({ kind: 'invalid-request', code: 'x', field: null, message: 'Too long' }),
    ).toContain('Too long');
    expect(
      signInErrorMessage({ kind: 'invalid-request', code: 'x', field: null, message: '' }),
    ).toBe('The request was not accepted.');
  });

  it('gives the HTTP status of a server error, and calls 503 unavailable', () => {
    expect(signInErrorMessage({ kind: 'server', status: 502 })).toContain('HTTP 502');
    expect(signInErrorMessage({ kind: 'server', status: 503 })).toMatch(/unavailable/i);
  });
});

describe('signOutMessage', () => {
  const reasons: SignOutReason[] = ['signed-out', 'idle', 'expired', 'other-tab'];

  it('explains each reason differently', () => {
    const messages = reasons.map(signOutMessage);
    expect(new Set(messages).size).toBe(reasons.length);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it('names the cause', () => {
    expect(signOutMessage('signed-out')).toBe('You have signed out.');
    expect(signOutMessage('idle')).toMatch(/inactive/i);
    expect(signOutMessage('expired')).toMatch(/expired/i);
    expect(signOutMessage('other-tab')).toMatch(/another tab/i);
  });
});

describe('login messages for a missing configuration', () => {
  it('does not claim a key was rejected when no request was sent', () => {
    expect(signInErrorMessage({ kind: 'not-configured' })).not.toContain('not accepted');
    expect(signInErrorMessage({ kind: 'not-configured' })).toContain('configuration');
  });

  it('shows 0:00 for a countdown that is not a number', () => {
    expect(formatCountdown(NaN)).toBe('0:00');
  });
});

describe('retryAtFor', () => {
  it('is Retry-After from now for a timed lock and for a 429, null otherwise', () => {
    expect(retryAtFor({ kind: 'locked', retryAfterSeconds: 120 }, 1_000)).toBe(121_000);
    expect(retryAtFor({ kind: 'too-many-requests', retryAfterSeconds: 2 }, 1_000)).toBe(3_000);
    expect(retryAtFor({ kind: 'locked', retryAfterSeconds: null }, 1_000)).toBeNull();
    expect(retryAtFor({ kind: 'invalid-credentials' }, 1_000)).toBeNull();
  });
});
