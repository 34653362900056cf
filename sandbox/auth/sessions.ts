import type { Clock } from '../clock.ts';
import {
  configNumber,
  effectiveConfiguration,
  type Configuration,
} from '../access/configuration.ts';
import type { SessionRow, SessionsRepository } from '../store/sessions.ts';
import type {
  OrganizationRecord,
  OrganizationsRepository,
  UserRecord,
  UsersRepository,
} from '../store/users.ts';
import { hashToken, newSessionToken } from './tokens.ts';

/** [sandbox design] No session outlives 8 hours after its login, however often it is refreshed. */
export const ABSOLUTE_SESSION_CAP_MS = 8 * 60 * 60 * 1000;
/** Idle timeout when the configuration has no usable `security.session_timeout.mobile`. */
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 15;

/** What a valid token resolves to; handlers and the access gate read it from `request.auth`. */
export interface AuthContext {
  token: string;
  session: SessionRow;
  user: UserRecord;
  organization: OrganizationRecord;
  configuration: Configuration;
}

export function idleTimeoutMs(configuration: Configuration): number {
  const minutes = configNumber(
    configuration,
    'security.session_timeout.mobile',
    DEFAULT_IDLE_TIMEOUT_MINUTES,
  );
  return (minutes > 0 ? minutes : DEFAULT_IDLE_TIMEOUT_MINUTES) * 60_000;
}

export class SessionService {
  constructor(
    private readonly clock: Clock,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** A new session (and token) at every login. */
  start(user: UserRecord, configuration: Configuration): { token: string; expiresAt: number } {
    const now = this.clock.now();
    this.sessions.deleteExpired(now);
    const token = newSessionToken();
    const expiresAt = Math.min(now + idleTimeoutMs(configuration), now + ABSOLUTE_SESSION_CAP_MS);
    this.sessions.insert({
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: now,
      expires_at: expiresAt,
    });
    return { token, expiresAt };
  }

  /** The live session for this token, or undefined (unknown, logged out, idle-expired or past the cap). */
  resolve(token: string): AuthContext | undefined {
    const tokenHash = hashToken(token);
    const session = this.sessions.find(tokenHash);
    if (!session) return undefined;
    const now = this.clock.now();
    if (session.expires_at <= now || now >= session.created_at + ABSOLUTE_SESSION_CAP_MS) {
      this.sessions.delete(tokenHash);
      return undefined;
    }
    const user = this.users.findById(session.user_id);
    const organization = user && this.organizations.findById(user.organizationId);
    if (!user || !organization || user.locked) return undefined;
    const configuration = effectiveConfiguration(organization.configuration, user.configOverrides);
    return { token, session, user, organization, configuration };
  }

  /** Pushes `expires` to now + the idle timeout, never past the absolute cap. Same token. */
  refresh(context: AuthContext): number {
    const now = this.clock.now();
    const cap = context.session.created_at + ABSOLUTE_SESSION_CAP_MS;
    const expiresAt = Math.min(now + idleTimeoutMs(context.configuration), cap);
    this.sessions.setExpiry(context.session.token_hash, expiresAt);
    return expiresAt;
  }

  end(context: AuthContext): void {
    this.sessions.delete(context.session.token_hash);
  }
}
