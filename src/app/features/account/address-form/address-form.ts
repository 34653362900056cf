import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Address } from '../account.model';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { notBlank, readyToSubmit, showServerErrors } from '../server-errors';
import { SaveState } from '../state/account.feature';
import { POSTAL_CODE_EXAMPLES, postalCodeValidator } from './address-rules';

const FIELDS = {
  line1: 'line1',
  line2: 'line2',
  city: 'city',
  region: 'region',
  postal_code: 'postalCode',
  country: 'country',
} as const;

const EMPTY: Address = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };

/** The user's postal address (`account.permissions.change_address`). */
@Component({
  selector: 'mcm-address-form',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    SaveFeedback,
  ],
  templateUrl: './address-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressForm {
  readonly address = input.required<Address | null>();
  readonly save = input.required<SaveState>();
  readonly addressSubmitted = output<Address>();

  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    line1: ['', [Validators.required, notBlank, Validators.maxLength(100)]],
    line2: ['', [Validators.maxLength(100)]],
    city: ['', [Validators.required, notBlank, Validators.maxLength(60)]],
    region: ['', [Validators.maxLength(60)]],
    postalCode: ['', [Validators.required, postalCodeValidator]],
    country: ['', [Validators.required, Validators.pattern(/^\s*[A-Za-z]{2}\s*$/)]],
  });

  private readonly country = toSignal(this.form.controls.country.valueChanges, {
    initialValue: '',
  });
  protected postalExample(): string | null {
    return POSTAL_CODE_EXAMPLES[this.country().trim().toUpperCase()] ?? null;
  }

  constructor() {
    this.form.controls.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.postalCode.updateValueAndValidity({ emitEvent: false }));
    effect(() => {
      const address = this.address() ?? EMPTY;
      untracked(() => this.form.reset(address));
    });
    showServerErrors(this.form, this.save, FIELDS);
  }

  protected saveAddress(): void {
    if (!readyToSubmit(this.form, this.save)) return;
    const value = this.form.getRawValue();
    this.addressSubmitted.emit({
      line1: value.line1.trim(),
      line2: value.line2.trim(),
      city: value.city.trim(),
      region: value.region.trim(),
      postalCode: value.postalCode.trim(),
      country: value.country.trim().toUpperCase(),
    });
  }
}
