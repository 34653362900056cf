import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installAccessControl } from './access/access-control.ts';
import { LockoutService } from './auth/lockout.ts';
import { LoginService } from './auth/login.ts';
import { LoginThrottle, type LoginThrottleLimits } from './auth/login-throttle.ts';
import { PasswordChangeService } from './auth/password-change.ts';
import { DEFAULT_SCRYPT_COST, PasswordHasher, type ScryptCost } from './auth/passwords.ts';
import { SessionService } from './auth/sessions.ts';
import { Clock } from './clock.ts';
import type { CompressedCache } from './http/compressed-cache.ts';
import {
  DEFAULT_CONNECTION_LIMITS,
  connectionOptions,
  limitConnections,
  type ConnectionLimits,
} from './http/connection-limits.ts';
import { clientErrorHandler, frameworkErrors, installErrorHandling } from './http/error-handler.ts';
import { FaultRegistry, installFaultInjection } from './http/faults.ts';
import { BODY_LIMIT_BYTES, installJsonBodyParser } from './http/json-body.ts';
import { RequestLog, installRequestLog } from './http/request-log.ts';
import { installRoamHeaderChecks } from './http/roam-headers.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { installStaticFiles } from './http/static-files.ts';
import { IdempotencyStore } from './http/idempotency.ts';
import { ReceiptSendLimiter } from './payments/receipt-policy.ts';
import { TransactionsService } from './payments/transactions-service.ts';
import { registerOrganizationConfiguration } from './resources/organization-configuration.ts';
import { registerAdmin } from './resources/admin.ts';
import { registerBoarding } from './resources/boarding.ts';
import { registerOrganizationBilling } from './resources/organization-billing.ts';
import { registerAccountSettings } from './resources/account-settings.ts';
import { registerAuthentication } from './resources/authentication.ts';
import { registerInventory } from './resources/inventory.ts';
import { registerMerchants } from './resources/merchants.ts';
import { registerTransactions } from './resources/transactions.ts';
import { registerUserConfiguration } from './resources/user-configuration.ts';
import { registerUsers } from './resources/users.ts';
import { availabilityLimiter } from './resources/user-name-availability.ts';
import { AccountRepository } from './store/account.ts';
import { AdminRepository } from './store/admin.ts';
import { ApiKeysRepository } from './store/api-keys.ts';
import { BillingRepository } from './store/billing.ts';
import { BoardingRepository } from './store/boarding.ts';
import { openDatabase, type Db } from './store/db.ts';
import { InventoryRepository } from './store/inventory.ts';
import { LoginAttemptsRepository } from './store/login-attempts.ts';
import { ProfileRepository } from './store/profile.ts';
import { ReceiptsRepository } from './store/receipts.ts';
import { Seeder } from './store/seed.ts';
import { SessionsRepository } from './store/sessions.ts';
import { TransactionsRepository } from './store/transactions.ts';
import { OrganizationsRepository, UsersRepository } from './store/users.ts';
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
 * Composition only. Every request passes the same pipeline, in hook order:
 * security headers → faults (test controls only) → Roam headers → session → account-flags gate →
 * flag/role gate → body parsing and validation → handler → error JSON.
 * Returns the instance before `ready()`, so tests may still add routes.
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const clock = options.clock ?? new Clock();
  const db = openDatabase(options.dbFile ?? ':memory:');
  try {
    const hasher = new PasswordHasher(options.scryptCost ?? DEFAULT_SCRYPT_COST);
    const seeder = new Seeder(db, hasher, clock);
    await seeder.seedIfEmpty();
    await hasher.ready();

    const users = new UsersRepository(db);
    const organizations = new OrganizationsRepository(db);
    const sessions = new SessionService(clock, new SessionsRepository(db), users, organizations);
    const lockout = new LockoutService(clock, new LoginAttemptsRepository(db));
    const throttle = new LoginThrottle(clock, options.loginThrottle);
    const login = new LoginService(users, organizations, hasher, lockout, sessions, throttle);
    const account = new AccountRepository(db);
    const passwordChange = new PasswordChangeService(users, account, hasher, lockout, throttle);
    const transactions = new TransactionsRepository(db);
    const inventory = new InventoryRepository(db);
    const receipts = new ReceiptsRepository(db);
    const transactionsService = new TransactionsService(db, clock, transactions, inventory);
    const idempotency = new IdempotencyStore(db, clock);
    const faults = new FaultRegistry();
    const requests = new RequestLog();

    const limits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits };
    const app = Fastify({
      ...connectionOptions(limits),
      logger: options.logger ?? false,
      bodyLimit: BODY_LIMIT_BYTES,
      routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
      ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
      frameworkErrors,
      clientErrorHandler,
    });
    app.addHook('onClose', async () => db.close());
    limitConnections(app, limits);

    installErrorHandling(app);
    installJsonBodyParser(app);
    installSecurityHeaders(app);
    if (options.testControls) {
      installRequestLog(app, requests);
      installFaultInjection(app, faults);
    }
    installRoamHeaderChecks(app, new ApiKeysRepository(db));
    installAccessControl(app, sessions);

    const staticCache = await installStaticFiles(app, options.staticDir ?? null);
    app.decorate('sandbox', { db, clock, faults, seeder, staticCache, requests });

    registerAuthentication(app, login, sessions);
    registerUsers(app, { clock, users, account, passwordChange });
    registerUserConfiguration(app);
    registerMerchants(app);
    const adminRepository = new AdminRepository(db);
    const availability = availabilityLimiter(clock);
    registerAdmin(app, { clock, admin: adminRepository, hasher, availability });
    registerOrganizationConfiguration(app, { db, admin: adminRepository, clock });
    const billing = new BillingRepository(db);
    registerOrganizationBilling(app, { db, admin: adminRepository, billing, clock });
    registerBoarding(app, {
      db,
      clock,
      admin: adminRepository,
      boarding: new BoardingRepository(db),
      billing,
      idempotency,
    });
    const receiptLimiter = new ReceiptSendLimiter(clock);
    registerTransactions(app, {
      clock,
      receiptLimiter,
      service: transactionsService,
      transactions,
      receipts,
      idempotency,
    });
    registerInventory(app, { clock, inventory });
    registerAccountSettings(app, { users, profiles: new ProfileRepository(db), receipts });
    if (options.testControls) {
      registerTestControls(app, clock, faults, seeder, requests, receipts, [
        availability,
        throttle,
        receiptLimiter,
      ]);
    }
    return app;
  } catch (error) {
    db.close();
    throw error;
  }
}
