import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTestControlsPath, isWsapiRequest } from './paths.ts';

/**
 * Headers on every response, set first thing so that errors carry them too:
 * `nosniff`, `no-referrer`, and `X-Frame-Options: DENY` (a payments portal has no reason to be framed).
 * API and test-control responses are never cached: `Cache-Control: no-store`.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply));
}

/** Also called for errors raised before routing (no hooks run for those). */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  if (isWsapiRequest(request) || isTestControlsPath(request.url)) {
    reply.header('cache-control', 'no-store');
  }
}
