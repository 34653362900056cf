import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CardBrand } from '../sale.model';

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
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatHint, MatInput],
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
