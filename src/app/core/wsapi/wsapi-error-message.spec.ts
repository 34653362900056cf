import { WsapiError } from './wsapi-error';
import { selfServiceErrorMessage, waitText, wsapiErrorMessage } from './wsapi-error-message';

const EVERY_KIND: readonly WsapiError[] = [
  { kind: 'not-configured' },
  { kind: 'network' },
  { kind: 'timeout' },
  { kind: 'invalid-credentials' },
  { kind: 'locked', retryAfterSeconds: 120 },
  { kind: 'locked', retryAfterSeconds: null },
  { kind: 'invalid-api-key' },
  { kind: 'session-expired' },
  { kind: 'forbidden', code: 'forbidden' },
  { kind: 'invalid-request', code: 'invalid_request', field: 'name', message: 'Too short.' },
  { kind: 'conflict', code: 'conflict', field: null, message: '' },
  { kind: 'too-many-requests', retryAfterSeconds: 30 },
  { kind: 'server', status: 500 },
  { kind: 'server', status: 503 },
  { kind: 'not-found' },
];

describe('wsapiErrorMessage', () => {
  it('has a readable sentence for every kind, never a code or a kind', () => {
    for (const error of EVERY_KIND) {
      const message = wsapiErrorMessage(error);
      expect(message)
        .withContext(JSON.stringify(error))
        .toMatch(/^[A-Z].*\.$/);
      if (error.kind.includes('-'))
        expect(message).withContext(error.kind).not.toContain(error.kind);
      expect(message).withContext(error.kind).not.toContain('_');
    }
  });

  it('says the shared sentences', () => {
    expect(wsapiErrorMessage({ kind: 'not-configured' })).toBe(
      'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.',
    );
    expect(wsapiErrorMessage({ kind: 'too-many-requests', retryAfterSeconds: 90 })).toBe(
      'Too many requests. Please wait 2 minutes and try again.',
    );
    expect(wsapiErrorMessage({ kind: 'server', status: 502 })).toBe(
      'The server had a problem (HTTP 502). Please try again in a moment.',
    );
    expect(
      wsapiErrorMessage({ kind: 'invalid-request', code: 'x', field: null, message: '' }),
    ).toBe('The request was not accepted.');
    expect(wsapiErrorMessage({ kind: 'conflict', code: 'x', field: null, message: 'Taken.' })).toBe(
      'The request was not accepted: Taken.',
    );
  });

  it('with `doing`, a failed attempt says what failed; a wait or a sign-in does not', () => {
    const doing = { doing: 'Saving the item' };
    expect(wsapiErrorMessage({ kind: 'network' }, doing)).toBe(
      'Saving the item failed: the portal could not reach the server. Check your connection and try again.',
    );
    expect(wsapiErrorMessage({ kind: 'server', status: 503 }, doing)).toBe(
      'Saving the item failed: the service is unavailable right now. Please try again in a moment.',
    );
    expect(
      wsapiErrorMessage({ kind: 'invalid-request', code: 'x', field: null, message: 'No.' }, doing),
    ).toBe('Saving the item failed: No.');
    expect(
      wsapiErrorMessage({ kind: 'conflict', code: 'x', field: null, message: '' }, doing),
    ).toBe('Saving the item failed. Check the form and try again.');
    expect(wsapiErrorMessage({ kind: 'session-expired' }, doing)).toBe(
      'Your session has ended. Please sign in again.',
    );
    expect(wsapiErrorMessage({ kind: 'too-many-requests', retryAfterSeconds: 5 }, doing)).toBe(
      'Too many requests. Please wait 5 seconds and try again.',
    );
  });

  it('with `lead`, every shared sentence follows it', () => {
    expect(wsapiErrorMessage({ kind: 'timeout' }, { lead: 'The receipt was not sent.' })).toBe(
      'The receipt was not sent. The server took too long to answer. Please try again.',
    );
  });

  it('names what was refused, and what a 404 means here', () => {
    const refused = { refused: 'The sale' };
    const noReason: WsapiError = { kind: 'invalid-request', code: 'x', field: null, message: '' };
    expect(wsapiErrorMessage(noReason, refused)).toBe(
      'The sale was not accepted. Check the form and try again.',
    );
    expect(wsapiErrorMessage({ ...noReason, message: 'Too big.' }, refused)).toBe(
      'The sale was not accepted: Too big.',
    );
    expect(wsapiErrorMessage({ kind: 'not-found' })).toBe('The server could not find it.');
    expect(wsapiErrorMessage({ kind: 'not-found' }, { notFound: 'This item is gone.' })).toBe(
      'This item is gone.',
    );
  });

  it('a feature’s own sentence wins, as is; null falls back to the table', () => {
    const wording = {
      doing: 'Loading',
      own: { server: ({ status }: { status: number }) => (status === 418 ? 'A teapot.' : null) },
    };
    expect(wsapiErrorMessage({ kind: 'server', status: 418 }, wording)).toBe('A teapot.');
    expect(wsapiErrorMessage({ kind: 'server', status: 500 }, wording)).toBe(
      'Loading failed: the server had a problem (HTTP 500). Please try again in a moment.',
    );
  });
});

describe('selfServiceErrorMessage', () => {
  it('speaks of the change, and of what the server does not offer', () => {
    expect(
      selfServiceErrorMessage(
        { kind: 'invalid-request', code: 'x', field: null, message: '' },
        'this step',
      ),
    ).toBe('The change was not accepted. Check the form and try again.');
    expect(selfServiceErrorMessage({ kind: 'not-found' }, 'this setting')).toBe(
      'The server does not offer this setting. Please contact your administrator.',
    );
    expect(selfServiceErrorMessage({ kind: 'locked', retryAfterSeconds: 60 }, 'this step')).toBe(
      'Too many wrong current passwords: changing the password is locked for now. Try again in 1 minute.',
    );
    expect(selfServiceErrorMessage({ kind: 'locked', retryAfterSeconds: null }, 'this step')).toBe(
      'This account is locked. Please contact your administrator.',
    );
  });
});

describe('waitText', () => {
  it('says how long to wait in words a person uses', () => {
    expect(waitText(1)).toBe('1 second');
    expect(waitText(45)).toBe('45 seconds');
    expect(waitText(60)).toBe('1 minute');
    expect(waitText(90)).toBe('2 minutes');
  });
});
