import type { FastifyInstance } from 'fastify';
import { authOf, SELF_SERVICE_ROUTE_CONFIG as config } from '../access/access-control.ts';
import { apiErrors } from '../http/errors.ts';
import { SECURITY_QUESTION_CATALOGUE } from '../store/security-questions.data.ts';
import { CURRENT_TERMS } from '../store/terms.data.ts';
import type { UserRecord } from '../store/users.ts';
import {
  emailBody,
  passwordBody,
  reportUnder,
  securityQuestionsBody,
  termsBody,
  validPrimaryEmail,
  validSecurityQuestions,
  type EmailBody,
  type PasswordBody,
  type SecurityQuestionsBody,
  type TermsBody,
} from './users.schemas.ts';

const TERMS_URL = '/Users/Terms';
const PASSWORD_URL = '/Users/Password';
const EMAIL_URL = '/Users/Email';
const SECURITY_QUESTIONS_URL = '/Users/SecurityQuestions';

/**
 * The Users self-service endpoints: what a user with pending `account_flags` must do before any
 * other route answers. Each acts on the signed-in user only (no user id in the path or body),
 * stays callable while an account action is pending, and answers the four flags afterwards.
 */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  const { clock } = app;
  const { users, account } = app.repositories;
  const { passwordChange } = app.services;

  /** The user as stored now (the request's context was read before the change). */
  const reload = (userId: number): UserRecord => {
    const user = users.findById(userId);
    if (!user) throw apiErrors.invalidSession();
    return user;
  };
  const flagsOf = (user: UserRecord) => ({ account_flags: { ...user.accountFlags } });

  app.get(TERMS_URL, { config }, async () => ({ ...CURRENT_TERMS }));

  app.put<{ Body: TermsBody }>(
    TERMS_URL,
    { config, schema: { body: termsBody } },
    async (request) => {
      const { user } = authOf(request);
      if (request.body.accepted_version !== CURRENT_TERMS.version) {
        throw apiErrors.invalidRequest('accepted_version', 'These are not the current terms.');
      }
      account.acceptTerms(user.id, CURRENT_TERMS.version, clock.now());
      return flagsOf(reload(user.id));
    },
  );

  app.put<{ Body: PasswordBody }>(
    PASSWORD_URL,
    { config, schema: { body: passwordBody } },
    async (request) => {
      const { current_password, new_password } = request.body;
      return flagsOf(await passwordChange.change(authOf(request), current_password, new_password));
    },
  );

  app.put<{ Body: EmailBody }>(
    EMAIL_URL,
    { config, schema: { body: emailBody } },
    async (request) => {
      const { user } = authOf(request);
      const email = validPrimaryEmail(request.body.primary_email);
      account.changePrimaryEmail(user.id, email);
      const updated = reload(user.id);
      return { ...flagsOf(updated), primary_email: updated.profile.primary_email };
    },
  );

  app.get(SECURITY_QUESTIONS_URL, { config }, async (request) => {
    const { user } = authOf(request);
    return {
      questions: SECURITY_QUESTION_CATALOGUE.map(({ id, question }) => ({ id, question })),
      // Never the answers: this endpoint only says which questions are chosen.
      selected: user.securityQuestions.map(({ id, question }) => ({ id, question })),
    };
  });

  app.put<{ Body: SecurityQuestionsBody }>(
    SECURITY_QUESTIONS_URL,
    {
      config,
      schema: { body: securityQuestionsBody },
      schemaErrorFormatter: reportUnder('security_questions'),
    },
    async (request) => {
      const { user } = authOf(request);
      account.setSecurityQuestions(
        user.id,
        validSecurityQuestions(request.body.security_questions),
      );
      return flagsOf(reload(user.id));
    },
  );
}
