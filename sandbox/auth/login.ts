import { effectiveConfiguration, type Configuration } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';
import {
  normaliseUserName,
  type OrganizationRecord,
  type OrganizationsRepository,
  type UserRecord,
  type UsersRepository,
} from '../store/users.ts';
import { DEFAULT_LOCKOUT_POLICY, lockoutPolicy, type LockoutService } from './lockout.ts';
import type { LoginThrottle } from './login-throttle.ts';
import type { PasswordHasher } from './passwords.ts';
import type { SessionService } from './sessions.ts';

export interface LoginSuccess {
  user: UserRecord;
  organization: OrganizationRecord;
  configuration: Configuration;
  token: string;
  expiresAt: number;
}

/**
 * POST /WSAPI/Authentication, minus HTTP. Unknown names and wrong passwords fail the same way,
 * after the same scrypt work, and count towards the same lockout. Attempts are admitted by the
 * throttle (per client address, then a shared slot for the hash) and decided one at a time per
 * user name, so parallel guesses check no more passwords than sequential ones.
 */
export class LoginService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LockoutService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** `client`: the caller's address (rate limits). */
  login(userName: string, password: string, client: string): Promise<LoginSuccess> {
    const name = normaliseUserName(userName);
    return this.throttle.admit(client, () =>
      this.lockout.serialised(name, () => this.#attempt(name, password, client)),
    );
  }

  async #attempt(name: string, password: string, client: string): Promise<LoginSuccess> {
    const lockedFor = this.lockout.retryAfterSeconds(name);
    if (lockedFor !== undefined) throw apiErrors.accountLocked(lockedFor);

    const user = this.users.findByName(name);
    const organization = user && this.organizations.findById(user.organizationId);
    const verified = await this.throttle.check(() =>
      user && organization
        ? this.hasher.verify(password, user.passwordHash)
        : this.hasher.verifyUnknownUser(password),
    );

    if (!verified || !user || !organization) {
      this.throttle.recordFailure(client);
      const policy = organization
        ? lockoutPolicy(
            effectiveConfiguration(organization.configuration, user?.configOverrides ?? {}),
          )
        : DEFAULT_LOCKOUT_POLICY;
      const lockedNow = this.lockout.recordFailure(name, policy);
      throw lockedNow === undefined
        ? apiErrors.invalidCredentials()
        : apiErrors.accountLocked(lockedNow);
    }

    if (user.locked) throw apiErrors.accountLocked();

    this.lockout.recordSuccess(name);
    const configuration = effectiveConfiguration(organization.configuration, user.configOverrides);
    const { token, expiresAt } = this.sessions.start(user, configuration);
    return { user, organization, configuration, token, expiresAt };
  }
}
