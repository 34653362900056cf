import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { formatMoney, parseMoney } from '../../shared/money/money';
import { amountText } from './transaction-query';

/** Why a typed refund amount cannot be sent, or null when it can. */
export type RefundAmountProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'format' }
  | { readonly kind: 'zero' }
  | { readonly kind: 'above-refundable'; readonly refundable: number }
  | { readonly kind: 'nothing-refundable' };

/**
 * The refund rules: an amount of the currency (no more decimals than it has), at least one minor
 * unit, and never above what remains refundable. Integer minor units only.
 */
export function refundAmountProblem(
  text: string,
  refundable: number,
  currency: string,
): RefundAmountProblem | null {
  if (refundable <= 0) return { kind: 'nothing-refundable' };
  if (text.trim() === '') return { kind: 'required' };
  const amount = parseMoney(text, currency);
  if (amount === null) return { kind: 'format' };
  if (amount === 0) return { kind: 'zero' };
  if (amount > refundable) return { kind: 'above-refundable', refundable };
  return null;
}

export function refundProblemMessage(
  problem: RefundAmountProblem,
  currency: string,
  locale: string,
): string {
  switch (problem.kind) {
    case 'required':
      return 'Enter the amount to refund.';
    case 'format':
      return `Enter an amount like ${amountText(1250, currency)}.`;
    case 'zero':
      return 'The refund must be more than zero.';
    case 'above-refundable':
      return `At most ${formatMoney(problem.refundable, currency, locale)} can be refunded.`;
    case 'nothing-refundable':
      return 'Nothing remains to be refunded on this sale.';
  }
}

/** The rules as a form validator: the error key `refund` holds the message to show. */
export function refundAmountValidator(
  refundable: number,
  currency: string,
  locale: string,
): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const problem = refundAmountProblem(control.value ?? '', refundable, currency);
    return problem ? { refund: refundProblemMessage(problem, currency, locale) } : null;
  };
}
