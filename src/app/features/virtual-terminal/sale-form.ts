import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, NonNullableFormBuilder, ValidatorFn } from '@angular/forms';
import { WsapiError, fieldFailure } from '../../core/wsapi/wsapi-error';
import { CardForm } from './card-fields/card-fields';
import {
  cardDigits,
  cardNumberError,
  cvvError,
  detectBrand,
  expiryError,
  postalCodeError,
} from './card-rules';
import { ItemsOnSale, amountError, moneyError, taxRateError } from './sale-draft';
import { SaleRules } from './sale-rules';
import { formatTaxRate } from './sale-totals';
import { Tender } from './sale.model';
import { cardFieldOf } from './virtual-terminal-messages';

/** A validator from one of the pure rules: its message (if any) under the `message` key. */
const rule =
  (check: (value: string) => string | null): ValidatorFn =>
  (control: AbstractControl<string>) => {
    const message = check(control.value ?? '');
    return message ? { message } : null;
  };

/** The CVV's length follows the brand its sibling number announces (4 on Amex, else 3). */
const cvvRule: ValidatorFn = (control: AbstractControl<string>) => {
  const number: unknown = control.parent?.get('number')?.value;
  const brand = detectBrand(cardDigits(typeof number === 'string' ? number : ''));
  const message = cvvError(control.value ?? '', brand, true);
  return message ? { message } : null;
};

/**
 * The terminal's form: the sale as typed and the card. Each field is checked by the same pure
 * rule `checkSaleDraft` applies; `itemsOnSale` tells the amount whether it may stay empty.
 */
export function buildSaleForm(
  fb: NonNullableFormBuilder,
  rules: SaleRules,
  now: () => number,
  itemsOnSale: () => ItemsOnSale,
) {
  const form = fb.group({
    amount: ['', rule((text) => amountError(text, rules.currency, itemsOnSale()))],
    tip: ['', rule((text) => moneyError(text, rules.currency, 'tip'))],
    taxRate: [formatTaxRate(rules.defaultTaxRateMilli), rule(taxRateError)],
    discount: ['', rule((text) => moneyError(text, rules.currency, 'discount'))],
    tender: new FormControl<Tender | null>(rules.tenders[0] ?? null),
    // Checked against the total by `checkSaleDraft` (see `showDraftProblem`).
    cashReceived: ['', rule((text) => moneyError(text, rules.currency, 'cash received'))],
    card: fb.group<CardForm>({
      number: fb.control('', rule(cardNumberError)),
      expiry: fb.control(
        '',
        rule((text) => expiryError(text, now())),
      ),
      cvv: fb.control('', cvvRule),
      postalCode: fb.control(
        '',
        rule((text) => postalCodeError(text, true)),
      ),
    }),
  });
  applySaleRules(form, rules);
  return form;
}

export type SaleForm = ReturnType<typeof buildSaleForm>;

/**
 * Only what the configuration turns on takes part (a disabled control is not validated): tip,
 * tax and discount by their flags; the card only while the tender is Card, its CVV and postal
 * code only with `processing.config.cvv` / `.avs`.
 */
export function applySaleRules(form: SaleForm, rules: SaleRules): void {
  const { tip, taxRate, discount, tender, card, cashReceived } = form.controls;
  const quiet = { emitEvent: false };
  if (!rules.tip) tip.disable(quiet);
  if (!rules.tax) taxRate.disable(quiet);
  if (!rules.discount) discount.disable(quiet);
  if (tender.value === 'Cash') cashReceived.enable(quiet);
  else cashReceived.disable(quiet);
  if (tender.value !== 'Card') {
    card.disable(quiet);
    return;
  }
  // The card comes in untouched, even after a failed submit touched the whole form: its empty
  // fields say what they need at the next submit, not the moment Card is chosen.
  card.enable(quiet);
  card.markAsUntouched();
  card.markAsPristine();
  if (!rules.cvv) card.controls.cvv.disable(quiet);
  if (!rules.avs) card.controls.postalCode.disable(quiet);
}

/** The form for the next sale: everything empty (the card first of all), the tender kept. */
export function resetSaleForm(form: SaleForm, rules: SaleRules): void {
  form.reset({ taxRate: formatTaxRate(rules.defaultTaxRateMilli), tender: form.value.tender });
}

/** After a decline: only the card is emptied, for another card on the same sale. */
export function clearCard(form: SaleForm): void {
  form.controls.card.reset();
}

/**
 * Shows on `control` the problem `checkSaleDraft` found that needs the whole sale (cash received
 * below the total), or clears it once solved; the control's own rule runs first.
 */
export function showDraftProblem(control: AbstractControl, problem: string | null): void {
  control.updateValueAndValidity({ emitEvent: false });
  if (problem && control.enabled && !control.errors) control.setErrors({ message: problem });
}

/** Marks the card field a WSAPI 400 names (`card.expiry`…) with the server's message, shown. */
export function markRefusedCardField(form: SaleForm, error: WsapiError | null): void {
  const field = cardFieldOf(error);
  const failure = fieldFailure(error);
  if (!field || !failure) return;
  const control = form.controls.card.controls[field];
  control.setErrors({ message: failure.message });
  control.markAsTouched();
}

/**
 * In the page's constructor: a change of tender applies `rules` again, and the CVV's length
 * follows the brand the card number announces. Ends with the page.
 */
export function followSaleRules(form: SaleForm, rules: () => SaleRules): void {
  const controls = form.controls;
  controls.tender.valueChanges
    .pipe(takeUntilDestroyed())
    .subscribe(() => applySaleRules(form, rules()));
  controls.card.controls.number.valueChanges
    .pipe(takeUntilDestroyed())
    .subscribe(() => controls.card.controls.cvv.updateValueAndValidity({ emitEvent: false }));
}
