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

const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** The session both answers carry (vendor-seed): `expires` is `yyyyMMddHHmmss`, UTC. */
const session = {
  type: 'object',
  required: ['expires', 'session_token'],
  properties: { expires: { ...text, pattern: '^\\d{14}$' }, session_token: text },
} as const;

const ids = { chain_id: text, store_id: text, terminal_id: text, organization_type: text } as const;

/**
 * The answers' schemas (vendor-seed: the seed contract's example answers, key for key). They are
 * what the portal's DTO types are generated from; Fastify also serializes with them, so a field
 * missing here would be dropped from the answer (the login tests compare with the fixtures).
 */
export const loginResponseSchema = {
  type: 'object',
  required: [...Object.keys(ids), 'organization_id', 'session', 'user', 'configuration'],
  properties: {
    ...ids,
    organization_id: text,
    processor: {
      type: 'object',
      required: ['name', 'processor_profile', 'date_modified'],
      properties: { name: text, processor_profile: text, date_modified: text },
    },
    session,
    user: {
      type: 'object',
      required: ['user_name', 'is_admin', 'is_sys_admin', 'test_account'],
      properties: {
        user_name: text,
        bill_organization: flag,
        is_admin: flag,
        is_sys_admin: flag,
        account_flags: {
          type: 'object',
          required: [
            'change_email_required',
            'change_password_required',
            'change_security_questions_required',
            'accept_terms_and_conditions_required',
          ],
          properties: {
            change_email_required: flag,
            change_password_required: flag,
            change_security_questions_required: flag,
            accept_terms_and_conditions_required: flag,
          },
        },
        primary_email: text,
        security_questions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'question'],
            properties: {
              answer: {
                ...text,
                description:
                  'Sent in clear text by the vendor. Never kept, shown or logged by the portal.',
              },
              id: text,
              question: text,
            },
          },
        },
        cell_phone: text,
        first_name: text,
        last_name: text,
        locale: text,
        middle_name_initial: text,
        other_phone: text,
        test_account: flag,
        title: text,
        work_phone: text,
      },
    },
    configuration: {
      type: 'object',
      additionalProperties: true,
      description: 'A flat map with dotted keys; values are not consistently typed.',
    },
  },
} as const;

export const refreshResponseSchema = {
  type: 'object',
  required: [...Object.keys(ids), 'session', 'user'],
  properties: {
    ...ids,
    session,
    user: {
      type: 'object',
      required: ['user_name', 'is_admin', 'is_sys_admin', 'test_account'],
      properties: { user_name: text, is_admin: flag, is_sys_admin: flag, test_account: flag },
    },
  },
} as const;
