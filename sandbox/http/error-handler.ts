import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, apiErrors, errorForStatus, sendApiError } from './errors.ts';
import { applySecurityHeaders, SECURITY_HEADERS } from './security-headers.ts';

interface AjvLikeError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/**
 * Turns any error into the contract's error JSON. Known Fastify codes map to their contract code;
 * anything unknown becomes a generic 500 `internal_error`, logged here (without the request body
 * or headers) and never echoed: no stack, SQL or file path reaches a response.
 */
export function toApiError(error: unknown, request?: FastifyRequest): ApiError {
  if (error instanceof ApiError) return error;
  const fastifyError = error as Partial<FastifyError> & {
    validation?: AjvLikeError[];
    validationContext?: string;
  };
  if (Array.isArray(fastifyError.validation)) {
    return validationError(fastifyError.validation, fastifyError.validationContext ?? 'body');
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return apiErrors.unsupportedMediaType();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return apiErrors.payloadTooLarge();
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return apiErrors.invalidRequest('body', 'The request body is not valid.');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return apiErrors.invalidRequest('url', 'The request URL is not valid.');
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return errorForStatus(status);
  request?.log.error({ err: error }, 'unhandled error');
  return apiErrors.internal();
}

function validationError(errors: AjvLikeError[], context: string): ApiError {
  const first = errors[0];
  if (!first) return apiErrors.invalidRequest(context, `The request ${context} is not valid.`);
  const base = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const child =
    typeof first.params['missingProperty'] === 'string'
      ? first.params['missingProperty']
      : typeof first.params['additionalProperty'] === 'string'
        ? first.params['additionalProperty']
        : undefined;
  const field = [base, child].filter((part) => part).join('.') || context;
  const reason =
    first.keyword === 'required'
      ? 'is required'
      : first.keyword === 'additionalProperties'
        ? 'is not allowed'
        : (first.message ?? 'is not valid');
  return apiErrors.invalidRequest(field, `${field} ${reason}.`);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendApiError(reply, toApiError(error, request)));
  app.setNotFoundHandler((_request, reply) => sendApiError(reply, apiErrors.notFound()));
}

/** Fastify's `frameworkErrors` option: errors raised before routing (bad URL encoding…). */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  applySecurityHeaders(request, reply);
  void sendApiError(reply, toApiError(error, request));
}

/** Node's `clientError` (malformed HTTP): answer in the contract's shape, then close. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, apiError] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, errorForStatus(408)]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, errorForStatus(431)]
        : [400, apiErrors.invalidRequest('request', 'The request is not valid HTTP.')];
  const body = JSON.stringify(apiError.body());
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : status === 408 ? 'Request Timeout' : 'Request Header Fields Too Large'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        Object.entries(SECURITY_HEADERS)
          .map(([name, value]) => `${name}: ${value}\r\n`)
          .join('') +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
