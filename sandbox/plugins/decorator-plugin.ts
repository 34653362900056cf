import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * A plugin (not encapsulated) that decorates the instance with `name`, built once from what its
 * `dependencies` (plugin names) decorated before it.
 */
export function decoratorPlugin(
  name: string,
  build: (app: FastifyInstance) => object,
  dependencies: string[],
) {
  return fp(
    async (app) => {
      // The type of `app[name]` is declared with the plugin (`declare module 'fastify'`).
      const value: unknown = build(app);
      app.decorate(name, value);
    },
    { name, dependencies },
  );
}
