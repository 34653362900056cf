import type { FastifyInstance } from 'fastify';
import { LockoutService } from '../auth/lockout.ts';
import { LoginService } from '../auth/login.ts';
import { LoginThrottle, type LoginThrottleLimits } from '../auth/login-throttle.ts';
import { PasswordChangeService } from '../auth/password-change.ts';
import { SessionService } from '../auth/sessions.ts';
import { FaultRegistry } from '../http/faults.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { RequestLog } from '../http/request-log.ts';
import { ReceiptSendLimiter } from '../payments/receipt-policy.ts';
import { TransactionsService } from '../payments/transactions-service.ts';
import { availabilityLimiter } from '../resources/user-name-availability.ts';
import { decoratorPlugin } from './decorator-plugin.ts';

export interface ServicesOptions {
  /** Bounds on password checks (`auth/login-throttle.ts`); tests lower them. */
  loginThrottle?: Partial<LoginThrottleLimits>;
}

/** The services the routes and hooks share, built once over the repositories. */
function servicesOf(app: FastifyInstance, options: ServicesOptions) {
  const { db, clock, hasher } = app;
  const { users, organizations, account, transactions, inventory } = app.repositories;
  const sessions = new SessionService(clock, app.repositories.sessions, users, organizations);
  const lockout = new LockoutService(clock, app.repositories.loginAttempts);
  const loginThrottle = new LoginThrottle(clock, options.loginThrottle);
  return {
    sessions,
    lockout,
    loginThrottle,
    login: new LoginService(users, organizations, hasher, lockout, sessions, loginThrottle),
    passwordChange: new PasswordChangeService(users, account, hasher, lockout, loginThrottle),
    transactions: new TransactionsService(db, clock, transactions, inventory),
    idempotency: new IdempotencyStore(db, clock),
    /** Receipts per user and per transaction (`payments/receipt-policy.ts`). */
    receiptLimiter: new ReceiptSendLimiter(clock),
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

export const services = decoratorPlugin<ServicesOptions>('services', servicesOf, [
  'database',
  'repositories',
]);
