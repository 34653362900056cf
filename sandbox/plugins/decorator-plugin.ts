import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * A plugin (not encapsulated) that decorates the instance with `name`, built once from what its
 * `dependencies` (plugin names) decorated before it.
 */
export function decoratorPlugin<Options extends object = Record<never, never>>(
  name: string,
  build: (app: FastifyInstance, options: Options) => object,
  dependencies: string[],
) {
  return fp<Options>(
    async (app, options) => {
      // The type of `app[name]` is declared with the plugin (`declare module 'fastify'`).
      const value: unknown = build(app, options);
      app.decorate(name, value);
    },
    { name, dependencies },
  );
}
