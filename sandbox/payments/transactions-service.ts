import type { AuthContext } from '../auth/sessions.ts';
import { configFlag } from '../access/configuration.ts';
import type { Clock } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import type { Db } from '../store/db.ts';
import type { InventoryRepository } from '../store/inventory.ts';
import type { TransactionRecord } from '../store/transaction-records.ts';
import type { TransactionsRepository } from '../store/transactions.ts';
import { settlementTime } from './calendar.ts';
import { authorizeCard } from './cards.ts';
import { newApprovalCode, newId } from './ids.ts';
import { FLAGS, requireMerchant, tenderTypes } from './merchant-permissions.ts';
import { currencyOf, recordedTotals } from './money.ts';
import { refundFields } from './refund-record.ts';
import { checkStock, saleLine, saleTotals, type SaleInput } from './sale-pricing.ts';

export interface RefundInput {
  amount?: number;
  restock?: boolean;
}

/**
 * Sales, refunds and voids. Each runs in one SQLite transaction (a sale and its stock change, a
 * refund and the sale's refunded amount…), so a failure leaves nothing half done. A sale's lines
 * and totals are checked in sale-pricing.ts; the flags that allow each step are in
 * merchant-permissions.ts.
 */
export class TransactionsService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly transactions: TransactionsRepository,
    private readonly inventory: InventoryRepository,
  ) {}

  /** Records a sale (approved or declined); throws 403/400 before anything is recorded. */
  recordSale(context: AuthContext, input: SaleInput): TransactionRecord {
    const { configuration, organization, user } = context;
    const flag = (key: string) => configFlag(configuration, key);
    requireMerchant(context);

    // Every configuration flag the body touches, before any validation of values.
    if (!tenderTypes(configuration).includes(input.tender)) throw apiErrors.forbidden();
    if (input.tender === 'Card' && !flag(FLAGS.manualEntry)) throw apiErrors.forbidden();
    if (input.tip !== undefined && !flag(FLAGS.tip)) throw apiErrors.forbidden();
    if (input.tax_rate !== undefined && !flag(FLAGS.tax)) throw apiErrors.forbidden();
    if (input.discount !== undefined && !flag(FLAGS.discount)) throw apiErrors.forbidden();
    if (input.lines.some((line) => line.item_id !== undefined) && !flag(FLAGS.inventory))
      throw apiErrors.forbidden();

    if (input.tender === 'Cash' && input.card !== undefined)
      throw apiErrors.invalidRequest('card', 'A cash sale takes no card.');
    if (input.tender === 'Card' && input.card === undefined)
      throw apiErrors.invalidRequest('card', 'Enter the card details.');

    const now = this.clock.now();
    const lines = input.lines.map((line, index) =>
      saleLine(this.inventory, organization.id, line, index),
    );
    checkStock(this.inventory, organization.id, lines);
    const totals = saleTotals(configuration, lines, input);

    const authorization =
      input.tender === 'Card' && input.card ? authorizeCard(input.card, configuration, now) : null;
    const declined = authorization?.decline ?? null;

    const sale: TransactionRecord = {
      seq: 0,
      id: newId('txn'),
      organizationId: organization.id,
      userId: user.id,
      userName: user.userName,
      type: 'sale',
      parentId: null,
      status: declined ? 'declined' : 'approved',
      tender: input.tender,
      cardBrand: authorization?.summary.brand ?? null,
      cardLast4: authorization?.summary.last4 ?? null,
      avsResult: authorization?.summary.avsResult ?? null,
      cvvResult: authorization?.summary.cvvResult ?? null,
      approvalCode: input.tender === 'Card' && !declined ? newApprovalCode() : null,
      declineCode: declined?.code ?? null,
      currency: currencyOf(configuration).code,
      lines,
      ...recordedTotals(totals),
      refunded: 0,
      restocked: false,
      createdAt: now,
      settlesAt: settlementTime(now),
      voidedAt: null,
    };
    this.db.transaction(() => {
      this.transactions.insert(sale);
      if (!declined) {
        for (const line of lines) {
          if (line.item_id)
            this.inventory.adjustStock(organization.id, line.item_id, -line.quantity, now);
        }
      }
    })();
    return this.#reload(organization.id, sale.id);
  }

  #reload(organizationId: string, id: string): TransactionRecord {
    const record = this.transactions.find(organizationId, id);
    if (!record) throw apiErrors.notFound();
    return record;
  }

  /** A sale of the caller's organization, or 404 (another organization's id included). */
  find(context: AuthContext, id: string): TransactionRecord {
    return this.#reload(context.organization.id, id);
  }

  /** Full or partial refund; returns the sale as it stands afterwards. */
  refund(context: AuthContext, id: string, input: RefundInput): TransactionRecord {
    requireMerchant(context);
    const organizationId = context.organization.id;
    return this.db.transaction(() => {
      const sale = this.#reload(organizationId, id);
      if (sale.type !== 'sale') throw apiErrors.conflict('Only a sale can be refunded.');
      if (sale.status === 'declined')
        throw apiErrors.conflict('A declined sale cannot be refunded.');
      if (sale.status === 'voided') throw apiErrors.conflict('A voided sale cannot be refunded.');
      const remaining = sale.total - sale.refunded;
      if (remaining <= 0) throw apiErrors.conflict('This sale is already fully refunded.');
      const amount = input.amount ?? remaining;
      if (amount > remaining) {
        throw apiErrors.invalidRequest(
          'amount',
          `At most ${remaining} (minor units) remains refundable.`,
        );
      }
      const itemLines = sale.lines.filter((line) => line.item_id);
      if (input.restock) {
        if (!configFlag(context.configuration, FLAGS.inventory)) throw apiErrors.forbidden();
        if (itemLines.length === 0)
          throw apiErrors.invalidRequest('restock', 'This sale has no inventory items.');
        if (amount !== remaining)
          throw apiErrors.invalidRequest(
            'restock',
            'Items are restocked only when the rest of the sale is refunded.',
          );
      }
      const now = this.clock.now();
      this.transactions.recordRefund(
        sale,
        {
          id: newId('txn'),
          organizationId,
          userId: context.user.id,
          userName: context.user.userName,
          ...refundFields(sale, amount, now, () => newApprovalCode()),
          refunded: 0,
          restocked: false,
          voidedAt: null,
        },
        input.restock === true,
      );
      if (input.restock) {
        for (const line of itemLines)
          this.inventory.adjustStock(organizationId, line.item_id!, line.quantity, now);
      }
      return this.#reload(organizationId, id);
    })();
  }

  /** Cancels an approved, unrefunded sale before it settles; its items go back into stock. */
  void(context: AuthContext, id: string): TransactionRecord {
    requireMerchant(context);
    const organizationId = context.organization.id;
    return this.db.transaction(() => {
      const sale = this.#reload(organizationId, id);
      const now = this.clock.now();
      if (sale.type !== 'sale') throw apiErrors.conflict('Only a sale can be voided.');
      if (sale.status === 'voided') throw apiErrors.conflict('This sale is already voided.');
      if (sale.status === 'declined') throw apiErrors.conflict('A declined sale cannot be voided.');
      if (sale.status !== 'approved') throw apiErrors.conflict('A refunded sale cannot be voided.');
      if (now >= sale.settlesAt)
        throw apiErrors.conflict('This sale has settled and can no longer be voided: refund it.');
      const itemLines = sale.lines.filter((line) => line.item_id);
      for (const line of itemLines)
        this.inventory.adjustStock(organizationId, line.item_id!, line.quantity, now);
      this.transactions.markVoided(sale.id, now, itemLines.length > 0);
      return this.#reload(organizationId, id);
    })();
  }
}
