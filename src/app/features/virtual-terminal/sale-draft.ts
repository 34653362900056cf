import { minorDigits, parseMoney } from '../../shared/money/money';
import { SaleLine } from './sale-lines';
import { SaleRules } from './sale-rules';
import { MAX_AMOUNT, PricedLine, SaleTotals, computeSaleTotals, parseTaxRate } from './sale-totals';
import { InventoryItem } from '../../core/wsapi/inventory-item';
import { SaleLineRequest, SaleRequest, Tender } from './sale.model';

/** What the sale form holds, as typed (amounts are text until they are checked). */
export interface SaleDraft {
  readonly amount: string;
  readonly items: readonly SaleLine[];
  readonly tip: string;
  readonly taxRate: string;
  readonly discount: string;
  readonly tender: Tender | null;
  /** What the customer handed over for a cash sale (optional): the result shows the change. */
  readonly cashReceived: string;
}

export type DraftField =
  'amount' | 'tip' | 'taxRate' | 'discount' | 'tender' | 'total' | 'cashReceived';

export interface DraftCheck {
  /** The preview, or null while an amount cannot be read or the discount exceeds the subtotal. */
  readonly totals: SaleTotals | null;
  readonly errors: Readonly<Partial<Record<DraftField, string>>>;
  /** One entry per item line: why its quantity cannot be sold, or null. */
  readonly itemErrors: readonly (string | null)[];
  /** What to submit (without the card), or null while anything is wrong. */
  readonly request: SaleRequest | null;
  /** The cash received (minor units) on a cash sale, when given; the WSAPI never sees it. */
  readonly cashReceived: number | null;
}

export const MAX_LINES = 50;
export const MAX_QUANTITY = 999;

type Read = { value: number; error?: undefined } | { value?: undefined; error: string };

/** Empty is zero; otherwise minor units of `currency` (`12.34`), or what is wrong with it. */
function readMoney(text: string, currency: string, noun: string): Read {
  if (text.trim() === '') return { value: 0 };
  const value = parseMoney(text, currency);
  if (value === null) {
    const digits = minorDigits(currency);
    const example = digits ? `12.${'3456'.slice(0, digits)}` : '12';
    return { error: `Enter the ${noun} as a number, like ${example}.` };
  }
  if (value > MAX_AMOUNT) return { error: `The ${noun} is too large.` };
  return { value };
}

/** An optional amount (tip, discount): empty or readable minor units. */
export function moneyError(text: string, currency: string, noun: string): string | null {
  return readMoney(text, currency, noun).error ?? null;
}

/** Whether the sale may go without an amount: it has item lines, or could have. */
export type ItemsOnSale = 'some' | 'none' | 'not-offered';

/** The sale's own amount: required unless items are on the sale, and more than zero. */
export function amountError(text: string, currency: string, items: ItemsOnSale): string | null {
  const read = readMoney(text, currency, 'amount');
  if (read.error) return read.error;
  if (text.trim() !== '' && read.value === 0) return 'The amount must be more than zero.';
  if (read.value === 0 && items === 'none') return 'Enter an amount or add an item.';
  if (read.value === 0 && items === 'not-offered') return 'Enter an amount.';
  return null;
}

export function taxRateError(text: string): string | null {
  if (text.trim() === '') return 'Enter the tax rate (0 for none).';
  return parseTaxRate(text) === null ? 'A percent from 0 to 30, with at most 3 decimals.' : null;
}

function quantityError(quantity: number, item: InventoryItem | undefined): string | null {
  if (!item) return 'This item is no longer available.';
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY)
    return `A quantity from 1 to ${MAX_QUANTITY}.`;
  if (item.stock !== null && quantity > item.stock)
    return item.stock === 0 ? 'Out of stock.' : `Only ${item.stock} in stock.`;
  return null;
}

/**
 * Checks a draft against the account's rules and prices it with the WSAPI's rounding rule. Only
 * the controls the configuration turns on count: a tip typed while tips are off is ignored and
 * never sent.
 */
export function checkSaleDraft(
  draft: SaleDraft,
  rules: SaleRules,
  catalogue: readonly InventoryItem[],
): DraftCheck {
  const errors: Partial<Record<DraftField, string>> = {};
  const itemLines = rules.items ? draft.items : [];
  const byId = new Map(catalogue.map((item) => [item.id, item]));

  const items: ItemsOnSale = !rules.items ? 'not-offered' : itemLines.length ? 'some' : 'none';
  const amount = readMoney(draft.amount, rules.currency, 'amount');
  const amountProblem = amountError(draft.amount, rules.currency, items);
  if (amountProblem) errors.amount = amountProblem;

  const itemErrors = itemLines.map((line) => quantityError(line.quantity, byId.get(line.itemId)));

  const tip = rules.tip ? readMoney(draft.tip, rules.currency, 'tip') : { value: 0 };
  if (tip.error) errors.tip = tip.error;
  const discount = rules.discount
    ? readMoney(draft.discount, rules.currency, 'discount')
    : { value: 0 };
  if (discount.error) errors.discount = discount.error;
  const rateProblem = rules.tax ? taxRateError(draft.taxRate) : null;
  if (rateProblem) errors.taxRate = rateProblem;
  const taxRateMilli = rules.tax && !rateProblem ? (parseTaxRate(draft.taxRate) ?? 0) : 0;
  if (!draft.tender || !rules.tenders.includes(draft.tender))
    errors.tender = 'Choose how the customer pays.';

  const lines: SaleLineRequest[] = [];
  const priced: PricedLine[] = [];
  if (amount.value) {
    lines.push({ amount: amount.value });
    priced.push({ amount: amount.value, taxExempt: false });
  }
  itemLines.forEach((line, index) => {
    const item = byId.get(line.itemId);
    lines.push({ itemId: line.itemId, quantity: line.quantity });
    if (item && itemErrors[index] === null)
      priced.push({ amount: item.price * line.quantity, taxExempt: item.taxExempt });
  });

  let totals: SaleTotals | null = null;
  const readable =
    !amount.error && !tip.error && !discount.error && !errors.taxRate && !itemErrors.some(Boolean);
  if (readable) {
    const subtotal = priced.reduce((sum, line) => sum + line.amount, 0);
    if ((discount.value ?? 0) > subtotal) {
      errors.total = 'The discount cannot be more than the subtotal.';
    } else {
      totals = computeSaleTotals(priced, discount.value ?? 0, taxRateMilli, tip.value ?? 0);
      if (totals.subtotal > MAX_AMOUNT || totals.total > MAX_AMOUNT)
        errors.total = 'The sale is too large.';
      else if (priced.length && totals.total < 1)
        errors.total = 'The total must be more than zero.';
    }
  }
  if (lines.length > MAX_LINES) errors.total = `A sale has at most ${MAX_LINES} lines.`;
  const cashReceived = checkCashReceived(draft, rules.currency, totals, errors);

  const valid = Object.keys(errors).length === 0 && !itemErrors.some(Boolean);
  const request: SaleRequest | null =
    valid && draft.tender
      ? {
          lines,
          tender: draft.tender,
          ...(rules.tip && tip.value ? { tip: tip.value } : {}),
          ...(rules.tax ? { taxRateMilli } : {}),
          ...(rules.discount && discount.value ? { discount: discount.value } : {}),
        }
      : null;
  return { totals, errors, itemErrors, request, cashReceived };
}

/** On a cash sale: the cash received, if typed, must be readable and cover the total. */
function checkCashReceived(
  draft: SaleDraft,
  currency: string,
  totals: SaleTotals | null,
  errors: Partial<Record<DraftField, string>>,
): number | null {
  if (draft.tender !== 'Cash' || draft.cashReceived.trim() === '') return null;
  const received = readMoney(draft.cashReceived, currency, 'cash received');
  if (received.error !== undefined) {
    errors.cashReceived = received.error;
    return null;
  }
  if (totals && received.value < totals.total) {
    errors.cashReceived = 'The cash received must be at least the total.';
    return null;
  }
  return received.value;
}
