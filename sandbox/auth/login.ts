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
 * after the same scrypt work, and count towards the same lockout.
 */
export class LoginService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LockoutService,
    private readonly sessions: SessionService,
  ) {}

  async login(userName: string, password: string): Promise<LoginSuccess> {
    const name = normaliseUserName(userName);
    const lockedFor = this.lockout.retryAfterSeconds(name);
    if (lockedFor !== undefined) throw apiErrors.accountLocked(lockedFor);

    const user = this.users.findByName(name);
    const organization = user && this.organizations.findById(user.organizationId);
    const verified =
      user && organization
        ? await this.hasher.verify(password, user.passwordHash)
        : await this.hasher.verifyUnknownUser(password);

    if (!verified || !user || !organization) {
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

    // Another request may have locked the name while scrypt ran.
    const lockedMeanwhile = this.lockout.retryAfterSeconds(name);
    if (lockedMeanwhile !== undefined) throw apiErrors.accountLocked(lockedMeanwhile);
    if (user.locked) throw apiErrors.accountLocked();

    this.lockout.recordSuccess(name);
    const configuration = effectiveConfiguration(organization.configuration, user.configOverrides);
    const { token, expiresAt } = this.sessions.start(user, configuration);
    return { user, organization, configuration, token, expiresAt };
  }
}
