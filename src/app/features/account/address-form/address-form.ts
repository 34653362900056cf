import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatOption, MatSelect } from '@angular/material/select';
import { Address } from '../account.model';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SettingsForm } from '../settings-form';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { notBlank } from '../../../shared/forms/form-submit';
import { COUNTRIES, countryOf, countryValidator } from '../../../shared/forms/countries';
import { postalCodeValidator } from './address-rules';

const FIELDS = {
  line1: 'line1',
  line2: 'line2',
  city: 'city',
  region: 'region',
  postal_code: 'postalCode',
  country: 'country',
} as const;

const EMPTY: Address = { line1: '', line2: '', city: '', region: '', postalCode: '', country: '' };

/**
 * The user's postal address (`account.permissions.change_address`); the country is chosen from
 * the portal's one country list.
 */
@Component({
  selector: 'mcm-address-form',
  imports: [FORM_FIELD_IMPORTS, MatSelect, MatOption, SaveFeedback, SubmitButton],
  templateUrl: './address-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddressForm extends SettingsForm {
  readonly address = input.required<Address | null>();
  readonly addressSubmitted = output<Address>();

  protected readonly fields = FIELDS;
  protected readonly countries = COUNTRIES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    line1: ['', [Validators.required, notBlank, Validators.maxLength(100)]],
    line2: ['', [Validators.maxLength(100)]],
    city: ['', [Validators.required, notBlank, Validators.maxLength(60)]],
    region: ['', [Validators.maxLength(60)]],
    postalCode: ['', [Validators.required, postalCodeValidator]],
    country: ['', [countryValidator]],
  });

  private readonly country = toSignal(this.form.controls.country.valueChanges, {
    initialValue: '',
  });
  protected postalExample(): string | null {
    return countryOf(this.country())?.postalExample ?? null;
  }

  constructor() {
    super();
    this.form.controls.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.postalCode.updateValueAndValidity({ emitEvent: false }));
    this.showSetting(this.form, () => this.address() ?? EMPTY, FIELDS);
  }

  protected saveAddress(): void {
    if (!this.readyToSave(this.form)) return;
    const value = this.form.getRawValue();
    this.addressSubmitted.emit({
      line1: value.line1.trim(),
      line2: value.line2.trim(),
      city: value.city.trim(),
      region: value.region.trim(),
      postalCode: value.postalCode.trim(),
      country: value.country,
    });
  }
}
