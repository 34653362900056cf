import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { ScryptCost } from './auth/passwords.ts';
import type { LoginThrottleLimits } from './auth/login-throttle.ts';
import type { Clock } from './clock.ts';
import type { CompressedCache } from './http/compressed-cache.ts';
import {
  DEFAULT_CONNECTION_LIMITS,
  connectionOptions,
  limitConnections,
  type ConnectionLimits,
} from './http/connection-limits.ts';
import { clientErrorHandler, frameworkErrors } from './http/error-handler.ts';
import type { FaultRegistry } from './http/faults.ts';
import { BODY_LIMIT_BYTES } from './http/json-body.ts';
import type { RequestLog } from './http/request-log.ts';
import { isTestControlsPath, WSAPI_ROOT } from './http/paths.ts';
import { installStaticFiles } from './http/static-files.ts';
import { database } from './plugins/database.ts';
import { openapi } from './plugins/openapi.ts';
import { pipeline } from './plugins/pipeline.ts';
import { repositories } from './plugins/repositories.ts';
import { services } from './plugins/services.ts';
import { wsapi } from './resources/wsapi.ts';
import type { Db } from './store/db.ts';
import type { Seeder } from './store/seed.ts';
import { registerTestControls } from './test-controls.ts';

export interface ServerOptions {
  /** SQLite file, or `:memory:` (the default). */
  dbFile?: string;
  /** The built portal to serve; null (the default) serves the "not built" page. */
  staticDir?: string | null;
  /** Enables `/__sandbox/*` (clock, faults, reset). Off by default. */
  testControls?: boolean;
  /** scrypt cost for new hashes (tests use a cheap one). Default N=2^15, r=8, p=1. */
  scryptCost?: ScryptCost;
  logger?: FastifyServerOptions['logger'];
  clock?: Clock;
  /** Bounds on password checks (`auth/login-throttle.ts`); tests lower them. */
  loginThrottle?: Partial<LoginThrottleLimits>;
  /** Request/header timeouts and the connection cap (`http/connection-limits.ts`). */
  connectionLimits?: Partial<ConnectionLimits>;
}

/** Internals exposed for tests and benchmarks (never over HTTP). */
export interface SandboxInternals {
  db: Db;
  clock: Clock;
  faults: FaultRegistry;
  seeder: Seeder;
  staticCache: CompressedCache;
  requests: RequestLog;
}

declare module 'fastify' {
  interface FastifyInstance {
    sandbox: SandboxInternals;
  }
}

/**
 * Composition only: the support plugins (plugins/: database, repositories, services, the request
 * pipeline), the portal's static files, then the `/WSAPI` plugin and the test controls.
 * Returns the instance before `ready()`, so tests may still add routes.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
  const app = Fastify({
    ...connectionOptions(limits),
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    // A GET route answers HEAD only where it says so (WSAPI paths answer HEAD with a 405, the
    // test controls keep theirs).
    exposeHeadRoutes: false,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    ajv: {
      customOptions: {
        removeAdditional: false,
        coerceTypes: false,
        useDefaults: false,
        // Where each operation and property comes from, for the published OpenAPI document.
        keywords: ['x-source', 'x-inferred'],
      },
    },
    frameworkErrors,
    clientErrorHandler,
  });
  limitConnections(app, limits);
  try {
    await app.register(database, {
      dbFile: options.dbFile ?? ':memory:',
      clock: options.clock,
      scryptCost: options.scryptCost,
    });
    await app.register(repositories);
    await app.register(services, { loginThrottle: options.loginThrottle });
    await app.register(pipeline, { testControls: options.testControls ?? false });

    const staticCache = await installStaticFiles(app, options.staticDir ?? null);
    const { db, clock, seeder } = app;
    const { faults, requests } = app.services;
    app.decorate('sandbox', { db, clock, faults, seeder, staticCache, requests });

    // Before the routes: it collects them as they are declared.
    await app.register(openapi);
    await app.register(wsapi, { prefix: WSAPI_ROOT });
    if (options.testControls) await app.register(testControls);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * `/__sandbox/*` (test-controls.ts) over the decorators; registered only with test controls on.
 * Not encapsulated: its guard (a loopback Host, a JSON type) answers for every `/__sandbox/*` path.
 */
const testControls = fp(
  async (app) => {
    // They answer HEAD as Fastify's default would (the server turns that default off for /WSAPI).
    app.addHook('onRoute', (route) => {
      if (route.method === 'GET' && isTestControlsPath(route.url)) route.method = ['GET', 'HEAD'];
    });
    const { clock, seeder } = app;
    const { faults, requests, availability, loginThrottle, receiptLimiter } = app.services;
    const { receipts } = app.repositories;
    registerTestControls(app, clock, faults, seeder, requests, receipts, [
      availability,
      loginThrottle,
      receiptLimiter,
    ]);
  },
  { name: 'test-controls', dependencies: ['services'] },
);
