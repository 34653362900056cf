import type { FastifySchemaValidationError } from 'fastify';
import { toApiError } from '../http/error-handler.ts';
import { apiErrors } from '../http/errors.ts';
import { catalogueQuestion, SECURITY_QUESTION_COUNT } from '../store/security-questions.data.ts';
import type { SecurityQuestion } from '../store/users.ts';
import { closedObject } from '../http/json-schema.ts';

/**
 * Request bodies of the Users self-service endpoints. The schemas check shape and types only
 * (no coercion, no unknown keys); the rules with human messages live in the functions below.
 */
export const termsBody = closedObject({ accepted_version: { type: 'string', maxLength: 64 } }, [
  'accepted_version',
]);

export interface TermsBody {
  accepted_version: string;
}

export const passwordBody = closedObject(
  {
    current_password: { type: 'string', minLength: 1, maxLength: 256 },
    new_password: { type: 'string', minLength: 1, maxLength: 256 },
  },
  ['current_password', 'new_password'],
);

export interface PasswordBody {
  current_password: string;
  new_password: string;
}

export const emailBody = closedObject({ primary_email: { type: 'string', maxLength: 1024 } }, [
  'primary_email',
]);

export interface EmailBody {
  primary_email: string;
}

export const securityQuestionsBody = closedObject(
  {
    security_questions: {
      type: 'array',
      maxItems: 16,
      items: closedObject({ id: { type: 'string', maxLength: 16 }, answer: { type: 'string' } }, [
        'id',
        'answer',
      ]),
    },
  },
  ['security_questions'],
);

export interface SecurityQuestionsBody {
  security_questions: { id: string; answer: string }[];
}

/**
 * A route's `schemaErrorFormatter` reporting every violation inside `property` (an item's missing
 * `answer`, a wrong type…) with `field` = `property`: the portal shows it on one form field.
 */
export function reportUnder(property: string) {
  return (errors: FastifySchemaValidationError[], dataVar: string): Error => {
    const error = toApiError({ validation: errors, validationContext: dataVar });
    return error.field?.startsWith(`${property}.`)
      ? apiErrors.invalidRequest(property, error.message)
      : error;
  };
}

const EMAIL_MIN_LENGTH = 3;
const EMAIL_MAX_LENGTH = 254;
/** [sandbox design] Pragmatic: one `@`, no whitespace or control characters, a dot inside the domain. */
const EMAIL_PATTERN = /^[^\s@\p{Cc}]+@(?:[^\s@.\p{Cc}]+\.)+[^\s@.\p{Cc}]+$/u;

/** The trimmed address, or a 400 `invalid_request` on `primary_email`. */
export function validPrimaryEmail(value: string): string {
  return validEmail(value, 'primary_email');
}

/** The trimmed address, or a 400 `invalid_request` on `field`. */
export function validEmail(value: string, field: string): string {
  const email = value.trim();
  if (email.length < EMAIL_MIN_LENGTH || email.length > EMAIL_MAX_LENGTH) {
    throw apiErrors.invalidRequest(
      field,
      `The email address must be ${EMAIL_MIN_LENGTH} to ${EMAIL_MAX_LENGTH} characters long.`,
    );
  }
  if (!EMAIL_PATTERN.test(email)) {
    throw apiErrors.invalidRequest(field, 'Enter a valid email address, like name@example.com.');
  }
  return email;
}

const ANSWER_MIN_LENGTH = 2;
const ANSWER_MAX_LENGTH = 128;

/**
 * Exactly two distinct catalogue questions, each answer 2–128 characters once trimmed. Returns
 * what is stored (the catalogue's text, the trimmed answer), or a 400 on `security_questions`.
 */
export function validSecurityQuestions(
  items: SecurityQuestionsBody['security_questions'],
): SecurityQuestion[] {
  const fail = (message: string) => apiErrors.invalidRequest('security_questions', message);
  if (items.length !== SECURITY_QUESTION_COUNT) {
    throw fail(`Choose exactly ${SECURITY_QUESTION_COUNT} security questions.`);
  }
  if (new Set(items.map((item) => item.id)).size !== items.length) {
    throw fail('Choose different security questions.');
  }
  return items.map(({ id, answer }) => {
    const entry = catalogueQuestion(id);
    if (!entry) throw fail('Choose security questions from the list.');
    const trimmed = answer.trim();
    const length = [...trimmed].length;
    if (length < ANSWER_MIN_LENGTH || length > ANSWER_MAX_LENGTH) {
      throw fail(
        `Each answer must be ${ANSWER_MIN_LENGTH} to ${ANSWER_MAX_LENGTH} characters long.`,
      );
    }
    return { id: entry.id, question: entry.question, answer: trimmed };
  });
}
