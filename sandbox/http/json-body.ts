import type { FastifyInstance } from 'fastify';
import { ApiError, apiErrors } from './errors.ts';

/** The largest body the sandbox reads; larger bodies answer 413 `payload_too_large`. */
export const BODY_LIMIT_BYTES = 16 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Replaces Fastify's JSON parser:
 * - an empty body is no body (`undefined`): the vendor's PUT and DELETE send
 *   `Content-Type: application/json` with nothing after it, which Fastify's parser would reject;
 * - `__proto__`, `constructor` and `prototype` keys are refused anywhere in the document
 *   (prototype pollution), including when spelled with unicode escapes (the reviver sees decoded keys);
 * - bodies over 16 KiB are refused before parsing (413).
 */
export function installJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') {
        done(null, undefined);
        return;
      }
      try {
        done(null, parseSafeJson(text));
      } catch (error) {
        const failure =
          error instanceof ApiError
            ? error
            : apiErrors.invalidRequest('body', 'The request body is not valid JSON.');
        done(failure, undefined);
      }
    },
  );
}

export function parseSafeJson(text: string): unknown {
  return JSON.parse(text, function (key, value: unknown) {
    if (FORBIDDEN_KEYS.has(key)) {
      throw apiErrors.invalidRequest(key, `The key "${key}" is not allowed.`);
    }
    return value;
  });
}
