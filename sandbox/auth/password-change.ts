import { apiErrors } from '../http/errors.ts';
import type { AccountRepository } from '../store/account.ts';
import { normaliseUserName, type UserRecord, type UsersRepository } from '../store/users.ts';
import { lockoutPolicy, type LockoutService } from './lockout.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { PasswordHasher } from './passwords.ts';
import type { AuthContext } from './sessions.ts';

export const NEW_PASSWORD_MIN_LENGTH = 12;
export const NEW_PASSWORD_MAX_LENGTH = 128;

/**
 * [sandbox design] The new-password rules, in the order they are reported (the first failing one):
 * 12–128 characters (code points), at least one letter and one digit (any script), not containing
 * the user name (case-insensitive), different from the current password. Undefined when fine.
 */
export function newPasswordProblem(
  userName: string,
  currentPassword: string,
  newPassword: string,
): string | undefined {
  const candidate = newPassword.normalize('NFC');
  const length = [...candidate].length;
  if (length < NEW_PASSWORD_MIN_LENGTH || length > NEW_PASSWORD_MAX_LENGTH) {
    return `The new password must be ${NEW_PASSWORD_MIN_LENGTH} to ${NEW_PASSWORD_MAX_LENGTH} characters long.`;
  }
  if (!/\p{L}/u.test(candidate) || !/\p{Nd}/u.test(candidate)) {
    return 'The new password must contain at least one letter and one digit.';
  }
  const name = normaliseUserName(userName).normalize('NFC');
  if (name !== '' && candidate.toLowerCase().includes(name)) {
    return 'The new password must not contain your user name.';
  }
  if (candidate === currentPassword.normalize('NFC')) {
    return 'The new password must be different from the current one.';
  }
  return undefined;
}

/**
 * PUT /WSAPI/Users/Password, minus HTTP. The current password is checked first, against the same
 * lockout as logins: a locked name answers 423, a wrong current password counts as a failed login
 * (the one reaching the limit answers 423), a right one clears the count. Like sign-ins, checks
 * of one name run one at a time and share the throttle's slots for the hash. Passwords
 * are never logged or echoed.
 */
export class PasswordChangeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly account: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LockoutService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Changes the signed-in user's password and ends their other sessions; the updated user. */
  async change(
    context: AuthContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<UserRecord> {
    const name = normaliseUserName(context.user.userName);
    return this.lockout.serialised(name, () => this.#change(context, currentPassword, newPassword));
  }

  async #change(
    context: AuthContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<UserRecord> {
    const { user } = context;
    const name = normaliseUserName(user.userName);
    const lockedFor = this.lockout.retryAfterSeconds(name);
    if (lockedFor !== undefined) throw apiErrors.accountLocked(lockedFor);

    if (
      !(await this.throttle.check(() => this.hasher.verify(currentPassword, user.passwordHash)))
    ) {
      const lockedNow = this.lockout.recordFailure(name, lockoutPolicy(context.configuration));
      throw lockedNow === undefined
        ? apiErrors.invalidRequest('current_password', 'The current password is incorrect.')
        : apiErrors.accountLocked(lockedNow);
    }
    this.lockout.recordSuccess(name);

    const problem = newPasswordProblem(user.userName, currentPassword, newPassword);
    if (problem !== undefined) throw apiErrors.invalidRequest('new_password', problem);

    const hash = await this.hasher.hash(newPassword);
    if (!this.account.changePassword(user.id, hash, context.session.token_hash)) {
      throw apiErrors.invalidSession();
    }
    const updated = this.users.findById(user.id);
    if (!updated) throw apiErrors.invalidSession();
    return updated;
  }
}
