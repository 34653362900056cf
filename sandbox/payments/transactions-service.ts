import type { AuthContext } from '../auth/sessions.ts';
import { configFlag, type Configuration } from '../access/configuration.ts';
import type { Clock } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import type { Db } from '../store/db.ts';
import type { InventoryRepository } from '../store/inventory.ts';
import type {
  SaleLine,
  Tender,
  TransactionRecord,
  TransactionsRepository,
} from '../store/transactions.ts';
import { settlementTime } from './calendar.ts';
import { authorizeCard, type CardInput } from './cards.ts';
import { newApprovalCode, newId } from './ids.ts';
import {
  computeTotals,
  currencyOf,
  defaultTaxRateMilli,
  MAX_AMOUNT,
  taxRateToMilli,
} from './money.ts';

export interface LineInput {
  amount?: number;
  description?: string;
  tax_exempt?: boolean;
  item_id?: string;
  quantity?: number;
}

export interface SaleInput {
  lines: LineInput[];
  tender: Tender;
  tip?: number;
  tax_rate?: number;
  discount?: number;
  card?: CardInput;
}

export interface RefundInput {
  amount?: number;
  restock?: boolean;
}

export const FLAGS = {
  virtualTerminal: 'component.access.virtual_terminal',
  inventory: 'component.access.inventory_management',
  manualEntry: 'processing.permissions.manual_entry',
  tip: 'processing.config.tip',
  tax: 'processing.config.tax',
  discount: 'processing.config.discount',
  refund: 'processing.permissions.refund',
  refundPortal: 'processing.permissions.refund.merchant_portal',
  void: 'processing.permissions.void',
} as const;

/** `processing.config.tender_types`: an array, or a comma list (the vendor is not consistent). */
export function tenderTypes(configuration: Configuration): string[] {
  const value = configuration['processing.config.tender_types'];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((item) => String(item).trim()).filter((item) => item !== '');
}

/** [sandbox design] Only organizations of type `merchant` take payments or keep inventory. */
export function requireMerchant(context: AuthContext): void {
  if (context.organization.organizationType !== 'merchant') throw apiErrors.forbidden();
}

const DEFAULT_DESCRIPTION = 'Amount';
const MAX_DESCRIPTION = 100;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Sales, refunds and voids. Each runs in one SQLite transaction (a sale and its stock change, a
 * refund and the sale's refunded amount…), so a failure leaves nothing half done.
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
    const lines = input.lines.map((line, index) => this.#line(organization.id, line, index));
    this.#checkStock(organization.id, lines);

    const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
    if (subtotal > MAX_AMOUNT) throw apiErrors.invalidRequest('lines', 'The sale is too large.');
    const discount = input.discount ?? 0;
    if (discount > subtotal)
      throw apiErrors.invalidRequest('discount', 'The discount cannot exceed the subtotal.');
    let taxRate = defaultTaxRateMilli(configuration);
    if (input.tax_rate !== undefined) {
      const milli = taxRateToMilli(input.tax_rate);
      if (milli === undefined) {
        throw apiErrors.invalidRequest(
          'tax_rate',
          'The tax rate is a percent from 0 to 30 with at most 3 decimals.',
        );
      }
      taxRate = milli;
    }
    const totals = computeTotals(
      lines.map((line) => ({ amount: line.amount, taxExempt: line.tax_exempt })),
      discount,
      taxRate,
      input.tip ?? 0,
    );
    if (totals.total < 1)
      throw apiErrors.invalidRequest('lines', 'The total must be more than zero.');
    if (totals.total > MAX_AMOUNT)
      throw apiErrors.invalidRequest('lines', 'The sale is too large.');

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
      subtotal: totals.subtotal,
      discount: totals.discount,
      taxRate: totals.taxRateMilli,
      tax: totals.tax,
      tip: totals.tip,
      total: totals.total,
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

  #line(organizationId: string, line: LineInput, index: number): SaleLine {
    const field = (name?: string) => (name ? `lines.${index}.${name}` : `lines.${index}`);
    const quantity = line.quantity ?? 1;
    if ((line.amount === undefined) === (line.item_id === undefined)) {
      throw apiErrors.invalidRequest(field(), 'Each line has either an amount or an item_id.');
    }
    if (line.item_id !== undefined) {
      if (line.description !== undefined)
        throw apiErrors.invalidRequest(
          field('description'),
          'An item line takes its name from the item.',
        );
      if (line.tax_exempt !== undefined)
        throw apiErrors.invalidRequest(
          field('tax_exempt'),
          'An item line takes this from the item.',
        );
      const item = this.inventory.find(organizationId, line.item_id);
      if (!item) throw apiErrors.invalidRequest(field('item_id'), 'No such item.');
      if (!item.active)
        throw apiErrors.invalidRequest(field('item_id'), 'This item is not for sale (inactive).');
      return {
        item_id: item.id,
        sku: item.sku,
        description: item.name,
        unit_price: item.price,
        quantity,
        tax_exempt: item.taxExempt,
        amount: item.price * quantity,
      };
    }
    const description = line.description?.trim() || DEFAULT_DESCRIPTION;
    if ([...description].length > MAX_DESCRIPTION || CONTROL.test(description)) {
      throw apiErrors.invalidRequest(
        field('description'),
        `The description is at most ${MAX_DESCRIPTION} characters, without control characters.`,
      );
    }
    const amount = line.amount!;
    return {
      item_id: null,
      sku: null,
      description,
      unit_price: amount,
      quantity,
      tax_exempt: line.tax_exempt ?? false,
      amount: amount * quantity,
    };
  }

  /** A tracked item cannot sell more than its stock (quantities of repeated lines add up). */
  #checkStock(organizationId: string, lines: readonly SaleLine[]): void {
    const wanted = new Map<string, number>();
    lines.forEach((line, index) => {
      if (!line.item_id) return;
      const total = (wanted.get(line.item_id) ?? 0) + line.quantity;
      wanted.set(line.item_id, total);
      const stock = this.inventory.find(organizationId, line.item_id)?.stock;
      if (stock !== null && stock !== undefined && total > stock) {
        throw apiErrors.invalidRequest(
          `lines.${index}.quantity`,
          stock === 0 ? 'This item is out of stock.' : `Only ${stock} left in stock.`,
        );
      }
    });
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
          type: 'refund',
          parentId: sale.id,
          status: 'approved',
          tender: sale.tender,
          cardBrand: sale.cardBrand,
          cardLast4: sale.cardLast4,
          avsResult: null,
          cvvResult: null,
          approvalCode: sale.tender === 'Card' ? newApprovalCode() : null,
          declineCode: null,
          currency: sale.currency,
          lines: [],
          subtotal: 0,
          discount: 0,
          taxRate: 0,
          tax: 0,
          tip: 0,
          total: amount,
          refunded: 0,
          restocked: false,
          createdAt: now,
          settlesAt: settlementTime(now),
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
