import { formatVendorTimestamp } from '../clock.ts';
import type { Configuration } from '../access/configuration.ts';
import type { OrganizationRecord, UserRecord } from '../store/users.ts';

/** The full login response, key for key as in the vendor's example (fixtures/login-response.json). */
export function loginResponse(
  user: UserRecord,
  organization: OrganizationRecord,
  configuration: Configuration,
  token: string,
  expiresAt: number,
) {
  const profile = user.profile;
  return {
    chain_id: organization.chainId,
    store_id: organization.storeId,
    terminal_id: organization.terminalId,
    organization_id: organization.id,
    organization_type: organization.organizationType,
    ...(organization.processor ? { processor: { ...organization.processor } } : {}),
    session: { expires: formatVendorTimestamp(expiresAt), session_token: token },
    user: {
      user_name: user.userName,
      bill_organization: user.billOrganization,
      is_admin: user.isAdmin,
      is_sys_admin: user.isSysAdmin,
      account_flags: { ...user.accountFlags },
      primary_email: profile.primary_email,
      security_questions: user.securityQuestions.map(({ id, question, answer }) => ({
        answer,
        id,
        question,
      })),
      cell_phone: profile.cell_phone,
      first_name: profile.first_name,
      last_name: profile.last_name,
      locale: profile.locale,
      middle_name_initial: profile.middle_name_initial,
      other_phone: profile.other_phone,
      test_account: user.testAccount,
      title: profile.title,
      work_phone: profile.work_phone,
    },
    configuration,
  };
}

/** The short refresh response (fixtures/refresh-response.json). */
export function refreshResponse(
  user: UserRecord,
  organization: OrganizationRecord,
  token: string,
  expiresAt: number,
) {
  return {
    chain_id: organization.chainId,
    store_id: organization.storeId,
    terminal_id: organization.terminalId,
    organization_type: organization.organizationType,
    session: { expires: formatVendorTimestamp(expiresAt), session_token: token },
    user: {
      user_name: user.userName,
      is_admin: user.isAdmin,
      is_sys_admin: user.isSysAdmin,
      test_account: user.testAccount,
    },
  };
}
