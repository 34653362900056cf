import { configFlag } from '../access/configuration.ts';
import type { AuthContext } from '../auth/sessions.ts';
import type { Clock } from '../clock.ts';
import { SlidingWindowLimiter, type Clearable } from '../http/rate-limit.ts';

export const EDIT_RECEIPT = 'account.permissions.edit_email_receipt';

/**
 * [sandbox design] Who may change the organization's email receipt: an organization admin, or a
 * user whose own effective configuration (organization + their overrides) has
 * `account.permissions.edit_email_receipt`. The seed's `clerk` has it off.
 */
export function canEditReceiptSettings(context: AuthContext): boolean {
  return context.user.isAdmin || configFlag(context.configuration, EDIT_RECEIPT);
}

/** [sandbox design] Receipts one user may send per hour of sandbox time, and per transaction. */
export const RECEIPTS_PER_USER_PER_HOUR = 30;
export const RECEIPTS_PER_TRANSACTION_PER_HOUR = 5;
/** The outbox keeps this many messages, the oldest go first. */
export const OUTBOX_LIMIT = 500;

/**
 * `POST /WSAPI/Transactions/{id}/Receipt` is mail to an address the caller chooses: rate-limited
 * per user and per transaction (429 `too_many_requests` + `Retry-After`).
 */
export class ReceiptSendLimiter implements Clearable {
  readonly #perUser: SlidingWindowLimiter;
  readonly #perTransaction: SlidingWindowLimiter;

  constructor(clock: Clock) {
    this.#perUser = new SlidingWindowLimiter(clock, RECEIPTS_PER_USER_PER_HOUR, 3_600_000);
    this.#perTransaction = new SlidingWindowLimiter(
      clock,
      RECEIPTS_PER_TRANSACTION_PER_HOUR,
      3_600_000,
    );
  }

  /** Counts one receipt of `transactionId` sent by the user, or throws the 429 (counting nothing). */
  hit(userId: number | string, transactionId: string): void {
    this.#perUser.check(`user:${userId}`);
    this.#perTransaction.check(`transaction:${transactionId}`);
    this.#perUser.record(`user:${userId}`);
    this.#perTransaction.record(`transaction:${transactionId}`);
  }

  clear(): void {
    this.#perUser.clear();
    this.#perTransaction.clear();
  }
}
