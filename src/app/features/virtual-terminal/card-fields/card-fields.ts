import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { CardBrand } from '../sale.model';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';

export interface CardForm {
  number: FormControl<string>;
  expiry: FormControl<string>;
  cvv: FormControl<string>;
  postalCode: FormControl<string>;
}

/**
 * Manual card entry. The values stay in the page's form group (never the store); `autocomplete`
 * lets the browser fill them, and every error comes from the validators as a `message`.
 */
@Component({
  selector: 'mcm-card-fields',
  imports: [FORM_FIELD_IMPORTS],
  templateUrl: './card-fields.html',
  styleUrl: './card-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CardFields {
  readonly group = input.required<FormGroup<CardForm>>();
  readonly brand = input<CardBrand | null>(null);
  readonly cvvRequired = input(false);
  readonly postalCodeRequired = input(false);
  readonly cvvDigits = input(3);
}
