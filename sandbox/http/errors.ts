import type { FastifyReply } from 'fastify';

/** Every error code the sandbox answers with (CONTRACT §4, plus `account_action_required`). */
export type ErrorCode =
  | 'missing_header'
  | 'unsupported_api_version'
  | 'invalid_request'
  | 'invalid_api_key'
  | 'invalid_credentials'
  | 'invalid_session'
  | 'forbidden'
  | 'account_action_required'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'not_acceptable'
  | 'gone'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'account_locked'
  | 'too_many_requests'
  | 'internal_error'
  | 'bad_gateway'
  | 'unavailable'
  | 'gateway_timeout';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

/** A failure that maps one-to-one onto the contract's error JSON. Throw it from any hook or handler. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    const error: ErrorBody['error'] = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    return { error };
  }
}

export const apiErrors = {
  missingHeader: (header: string) =>
    new ApiError(400, 'missing_header', `The ${header} header is required.`, header),
  unsupportedApiVersion: () =>
    new ApiError(400, 'unsupported_api_version', 'This API version is not supported. Use 6.x.y.'),
  invalidRequest: (field: string, message: string) =>
    new ApiError(400, 'invalid_request', message, field),
  invalidApiKey: () => new ApiError(401, 'invalid_api_key', 'The application key is not valid.'),
  invalidCredentials: () =>
    new ApiError(401, 'invalid_credentials', 'User name or password is incorrect.'),
  invalidSession: () =>
    new ApiError(
      401,
      'invalid_session',
      'The session is not valid or has expired. Please log in again.',
    ),
  forbidden: () => new ApiError(403, 'forbidden', 'You are not allowed to do this.'),
  accountActionRequired: () =>
    new ApiError(
      403,
      'account_action_required',
      'Your account needs attention (password, terms, email or security questions) before you can continue.',
    ),
  notFound: () => new ApiError(404, 'not_found', 'No such resource.'),
  methodNotAllowed: (allowed: readonly string[]) =>
    new ApiError(
      405,
      'method_not_allowed',
      'This method is not allowed on this resource.',
      undefined,
      {
        allow: allowed.join(', '),
      },
    ),
  /** [sandbox design] The resource's state does not allow this now (void after settlement…). */
  conflict: (message: string) => new ApiError(409, 'conflict', message),
  payloadTooLarge: () => new ApiError(413, 'payload_too_large', 'The request body is too large.'),
  unsupportedMediaType: () =>
    new ApiError(415, 'unsupported_media_type', 'The request body must be application/json.'),
  accountLocked: (retryAfterSeconds?: number) =>
    new ApiError(
      423,
      'account_locked',
      retryAfterSeconds === undefined
        ? 'This account is locked. Contact your administrator.'
        : 'Too many failed attempts. This account is locked for a few minutes.',
      undefined,
      retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    ),
  /** [sandbox design] A rate or concurrency limit: try again after `Retry-After` seconds. */
  tooManyRequests: (retryAfterSeconds: number) =>
    new ApiError(429, 'too_many_requests', 'Too many requests. Please slow down.', undefined, {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    }),
  internal: () =>
    new ApiError(500, 'internal_error', 'Something went wrong on our side. Please try again.'),
};

/** The error an arbitrary HTTP status stands for (fault injection, unknown Fastify errors). */
export function errorForStatus(status: number): ApiError {
  switch (status) {
    case 400:
      return apiErrors.invalidRequest('body', 'The request is not valid.');
    case 401:
      return apiErrors.invalidSession();
    case 403:
      return apiErrors.forbidden();
    case 404:
      return apiErrors.notFound();
    case 405:
      return new ApiError(
        405,
        'method_not_allowed',
        'This method is not allowed on this resource.',
      );
    case 406:
      return new ApiError(406, 'not_acceptable', 'The requested representation is not available.');
    case 410:
      return new ApiError(410, 'gone', 'This resource is no longer available.');
    case 413:
      return apiErrors.payloadTooLarge();
    case 415:
      return apiErrors.unsupportedMediaType();
    case 423:
      return apiErrors.accountLocked(60);
    case 429:
      return apiErrors.tooManyRequests(1);
    case 502:
      return new ApiError(502, 'bad_gateway', 'An upstream service failed. Please try again.');
    case 503:
      return new ApiError(
        503,
        'unavailable',
        'The service is temporarily unavailable. Please try again.',
        undefined,
        {
          'retry-after': '1',
        },
      );
    case 504:
      return new ApiError(
        504,
        'gateway_timeout',
        'An upstream service timed out. Please try again.',
      );
    default:
      if (status >= 400 && status < 500)
        return new ApiError(status, 'invalid_request', 'The request is not valid.');
      return apiErrors.internal();
  }
}

export function sendApiError(reply: FastifyReply, error: ApiError): FastifyReply {
  return reply
    .code(error.status)
    .headers(error.headers)
    .type('application/json; charset=utf-8')
    .send(error.body());
}
