import type { FastifyInstance, HTTPMethods } from 'fastify';
import { apiErrors } from './errors.ts';

/** The methods a WSAPI path can be asked for, in the order `Allow` lists them. */
export const WSAPI_METHODS: readonly HTTPMethods[] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
];

/**
 * Records, with an `onRoute` hook, the methods that `app` and its children declare on each path;
 * `answerOthers()` then (once every route is declared) answers every other method on those paths
 * 405 `method_not_allowed`, with an `Allow` header listing the declared ones.
 */
export function methodNotAllowed(app: FastifyInstance): { answerOthers(): void } {
  const declared = new Map<string, Set<string>>();
  let sealed = false;
  app.addHook('onRoute', (route) => {
    if (sealed) return;
    const methods = declared.get(route.url) ?? new Set<string>();
    for (const method of [route.method].flat()) methods.add(method);
    declared.set(route.url, methods);
  });
  return {
    answerOthers() {
      sealed = true;
      for (const [url, methods] of declared) {
        const allowed = WSAPI_METHODS.filter((method) => methods.has(method));
        const others = WSAPI_METHODS.filter((method) => !methods.has(method));
        if (others.length === 0) continue;
        app.route({
          method: others,
          url: url.slice(app.prefix.length),
          // Not an operation of the published document.
          schema: { hide: true },
          handler: async () => {
            throw apiErrors.methodNotAllowed(allowed);
          },
        });
      }
    },
  };
}
