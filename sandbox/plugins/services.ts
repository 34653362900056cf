import type { FastifyInstance } from 'fastify';
import { LockoutService } from '../auth/lockout.ts';
import { LoginService } from '../auth/login.ts';
import { PasswordChangeService } from '../auth/password-change.ts';
import { SessionService } from '../auth/sessions.ts';
import { FaultRegistry } from '../http/faults.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { RequestLog } from '../http/request-log.ts';
import { TransactionsService } from '../payments/transactions-service.ts';
import { availabilityLimiter } from '../resources/user-name-availability.ts';
import { decoratorPlugin } from './decorator-plugin.ts';

/** The services the routes and hooks share, built once over the repositories. */
function servicesOf(app: FastifyInstance) {
  const { db, clock, hasher } = app;
  const { users, organizations, account, transactions, inventory } = app.repositories;
  const sessions = new SessionService(clock, app.repositories.sessions, users, organizations);
  const lockout = new LockoutService(clock, app.repositories.loginAttempts);
  return {
    sessions,
    lockout,
    login: new LoginService(users, organizations, hasher, lockout, sessions),
    passwordChange: new PasswordChangeService(users, account, hasher, lockout),
    transactions: new TransactionsService(db, clock, transactions, inventory),
    idempotency: new IdempotencyStore(db, clock),
    /** User-name availability checks; `/__sandbox/reset` clears it. */
    availability: availabilityLimiter(clock),
    /** Armed by the test controls. */
    faults: new FaultRegistry(),
    /** Filled only with test controls on (it holds tokens). */
    requests: new RequestLog(),
  };
}

export type Services = ReturnType<typeof servicesOf>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export const services = decoratorPlugin('services', servicesOf, ['database', 'repositories']);
