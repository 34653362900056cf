import { SaleRules } from './sale-rules';

/** What the account may allow on top of a sale: a field in the form and a line in the totals. */
export interface SaleAdjustment {
  /** The rule that offers it, and its line in the totals (`SaleTotals[kind]`). */
  readonly kind: 'discount' | 'tax' | 'tip';
  /** Its control in the sale form. */
  readonly control: 'discount' | 'taxRate' | 'tip';
  readonly label: string;
  readonly totalLabel: string;
  readonly testId: string;
  /** A sum of money (after the currency symbol) or a percent. */
  readonly unit: 'money' | 'percent';
}

/** In the order the form and the totals show them. */
export const SALE_ADJUSTMENTS: readonly SaleAdjustment[] = [
  {
    kind: 'discount',
    control: 'discount',
    label: 'Discount',
    totalLabel: 'Discount',
    testId: 'discount',
    unit: 'money',
  },
  {
    kind: 'tax',
    control: 'taxRate',
    label: 'Tax rate',
    totalLabel: 'Tax',
    testId: 'tax-rate',
    unit: 'percent',
  },
  { kind: 'tip', control: 'tip', label: 'Tip', totalLabel: 'Tip', testId: 'tip', unit: 'money' },
];

/** The adjustments `rules` offer. */
export function offeredAdjustments(rules: SaleRules): readonly SaleAdjustment[] {
  return SALE_ADJUSTMENTS.filter((adjustment) => rules[adjustment.kind]);
}
