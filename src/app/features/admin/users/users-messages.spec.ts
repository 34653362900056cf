import { availabilityText, outcomeMessage } from './users-messages';
import { refusal } from '../../../../testing/wsapi-errors';

describe('users messages', () => {
  const ended = (sessionsEnded: number) =>
    outcomeMessage({ kind: 'done', action: 'end-sessions', userName: 'jdoe', sessionsEnded });

  it('counts the sessions ended', () => {
    expect(ended(2)).toBe('Ended 2 sessions of jdoe.');
    expect(ended(1)).toBe('Ended 1 session of jdoe.');
    expect(ended(0)).toBe('jdoe had no active sessions.');
  });

  it('names the user and the action that failed', () => {
    expect(
      outcomeMessage({
        kind: 'failed',
        action: 'unlock',
        userName: 'jdoe',
        error: { kind: 'network' },
      }),
    ).toBe(
      'Unlocking jdoe failed: the portal could not reach the server. Check your connection and try again.',
    );
    expect(
      outcomeMessage({
        kind: 'failed',
        action: 'lock',
        userName: 'admin',
        error: { ...refusal(null, 'You cannot do this to your own account.'), code: 'conflict' },
      }),
    ).toBe('Locking admin failed: You cannot do this to your own account.');
  });

  it('says how long to wait after too many availability checks, in minutes past a minute', () => {
    expect(
      availabilityText({
        status: 'failed',
        userName: 'jdoe',
        error: { kind: 'too-many-requests', retryAfterSeconds: 90 },
      }),
    ).toContain('wait 2 minutes before checking again');
  });
});
