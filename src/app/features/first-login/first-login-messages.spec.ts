import { fieldErrorOf } from '../../core/wsapi/wsapi-error';
import { firstLoginErrorMessage } from './first-login-messages';
import { refusal } from '../../../testing/wsapi-errors';

describe('first-login messages', () => {
  it('finds the server’s message for one field only', () => {
    const error = refusal('primary_email', 'Not an address.');
    expect(fieldErrorOf(error, 'primary_email')).toBe('Not an address.');
    expect(fieldErrorOf(error, 'new_password')).toBeNull();
    expect(fieldErrorOf({ kind: 'network' }, 'primary_email')).toBeNull();
  });

  it('passes on the server’s reason for a refused change', () => {
    expect(firstLoginErrorMessage(refusal(null, 'Those terms are out of date.'))).toContain(
      'Those terms are out of date.',
    );
  });
});
