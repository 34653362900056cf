import type { FastifyInstance, HTTPMethods } from 'fastify';
import { apiErrors } from './errors.ts';

const ALL_METHODS: readonly HTTPMethods[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
];

/** Every other method on a WSAPI path answers 405 `method_not_allowed` with an `Allow` header. */
export function registerMethodNotAllowed(
  app: FastifyInstance,
  url: string,
  allowed: readonly HTTPMethods[],
): void {
  const others = ALL_METHODS.filter((method) => !allowed.includes(method));
  app.route({
    method: others,
    url,
    exposeHeadRoute: false,
    config: { wsapi: true },
    handler: async () => {
      throw apiErrors.methodNotAllowed(allowed);
    },
  });
}
