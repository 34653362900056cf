import { flag, record, text } from '../wsapi/dto-readers';
import { UserContact, toUserContact } from '../wsapi/user-contact';
import { LoginResponseDto, RefreshResponseDto } from '../wsapi/wsapi.dto';
import { Configuration } from './configuration';
import { parseWsapiTimestamp } from '../wsapi/wsapi-timestamp';

export interface Session {
  readonly token: string;
  /** When the server ends the session, as an instant on this browser's clock (epoch ms). */
  readonly expiresAt: number;
  /** When this expiry was granted (browser clock): the window refreshes are scheduled within. */
  readonly issuedAt: number;
}

export interface AccountFlags {
  readonly changeEmailRequired: boolean;
  readonly changePasswordRequired: boolean;
  readonly changeSecurityQuestionsRequired: boolean;
  readonly acceptTermsAndConditionsRequired: boolean;
}

export interface UserProfile extends UserContact {
  readonly locale: string;
  readonly isAdmin: boolean;
  readonly isSysAdmin: boolean;
  readonly testAccount: boolean;
  readonly billOrganization: boolean;
  readonly accountFlags: AccountFlags;
  /** The questions only: the answers the WSAPI sends are dropped here and never kept. */
  readonly securityQuestions: readonly { readonly id: string; readonly question: string }[];
}

export interface Organization {
  readonly organizationId: string;
  readonly organizationType: string;
  readonly chainId: string;
  readonly storeId: string;
  readonly terminalId: string;
}

export interface Processor {
  readonly name: string;
  readonly processorProfile: string;
  readonly dateModified: string;
}

/** Everything the login response says about who is signed in, minus secrets. */
export interface Account {
  readonly user: UserProfile;
  readonly organization: Organization;
  readonly processor: Processor | null;
  readonly configuration: Configuration;
}

export interface SignedIn {
  readonly session: Session;
  readonly account: Account;
}

const SKEW_TOLERANCE_MS = 5_000;

/**
 * The session from a login or refresh response. `serverNow` (the response's Date header, when
 * readable) corrects for a browser clock that differs from the server's; an expiry that cannot
 * be parsed means "expires now".
 */
export function toSession(
  dto: { expires: string; session_token: string },
  receivedAt: number,
  serverNow: number | null,
): Session {
  const expires = parseWsapiTimestamp(dto.expires);
  // The Date header has a one-second resolution and arrives after some latency: only a real
  // difference between the clocks is corrected.
  const skew =
    serverNow === null || Math.abs(serverNow - receivedAt) < SKEW_TOLERANCE_MS
      ? 0
      : serverNow - receivedAt;
  return {
    token: dto.session_token,
    expiresAt: expires === null ? receivedAt : expires - skew,
    issuedAt: receivedAt,
  };
}

export function toSignedIn(
  dto: LoginResponseDto,
  receivedAt: number,
  serverNow: number | null,
): SignedIn {
  const user = dto.user;
  const flags = user.account_flags;
  return {
    session: toSession(dto.session, receivedAt, serverNow),
    account: {
      user: {
        ...toUserContact(record(user)),
        locale: text(user.locale) || 'en-US',
        isAdmin: flag(user.is_admin),
        isSysAdmin: flag(user.is_sys_admin),
        testAccount: flag(user.test_account),
        billOrganization: flag(user.bill_organization),
        accountFlags: {
          changeEmailRequired: flag(flags?.change_email_required),
          changePasswordRequired: flag(flags?.change_password_required),
          changeSecurityQuestionsRequired: flag(flags?.change_security_questions_required),
          acceptTermsAndConditionsRequired: flag(flags?.accept_terms_and_conditions_required),
        },
        securityQuestions: (Array.isArray(user.security_questions)
          ? user.security_questions
          : []
        ).map(({ id, question }) => ({
          id: text(id),
          question: text(question),
        })),
      },
      organization: {
        organizationId: text(dto.organization_id),
        organizationType: text(dto.organization_type),
        chainId: text(dto.chain_id),
        storeId: text(dto.store_id),
        terminalId: text(dto.terminal_id),
      },
      processor: dto.processor
        ? {
            name: text(dto.processor.name),
            processorProfile: text(dto.processor.processor_profile),
            dateModified: text(dto.processor.date_modified),
          }
        : null,
      configuration: { ...(dto.configuration ?? {}) },
    },
  };
}

/** A refresh updates the session and the few fields it carries; the rest stays from login. */
export function applyRefresh(account: Account, dto: RefreshResponseDto): Account {
  return {
    ...account,
    user: {
      ...account.user,
      isAdmin: flag(dto.user?.is_admin),
      isSysAdmin: flag(dto.user?.is_sys_admin),
      testAccount: flag(dto.user?.test_account),
    },
    organization: {
      ...account.organization,
      organizationType: text(dto.organization_type) || account.organization.organizationType,
      chainId: text(dto.chain_id) || account.organization.chainId,
      storeId: text(dto.store_id) || account.organization.storeId,
      terminalId: text(dto.terminal_id) || account.organization.terminalId,
    },
  };
}
