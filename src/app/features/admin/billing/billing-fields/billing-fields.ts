import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { switchMap } from 'rxjs';
import { COUNTRIES } from '../../../../shared/forms/countries';
import { BankAccountSummary } from '../billing.model';
import {
  BillingForm,
  addressLabels,
  bankAccountText,
  billingControlId,
  closeBankAccount,
} from '../billing-form';
import { billingErrorMessage } from '../billing-messages';

/** A sentence about the bank account fields as a whole; `error` when the server refused them. */
export interface BankAccountMessage {
  readonly text: string;
  readonly error: boolean;
}

/**
 * The billing fields of a form its parent owns (`createBillingForm`): contact, address (labels
 * follow the country: State/ZIP code or Province/Postal code) and the bank account. The account
 * number is write-only: when a stored account exists it is shown as its last four digits, and a
 * toggle opens empty fields for a new one. With `bankAccountRequired` the fields are always open.
 * While open, the section can say why it was opened or what the server refused about it
 * (`bankAccountMessage`); its first field is then described by that.
 */
@Component({
  selector: 'mcm-billing-fields',
  imports: [
    ReactiveFormsModule,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatSelect,
    MatSlideToggle,
  ],
  templateUrl: './billing-fields.html',
  styleUrl: './billing-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingFields {
  readonly form = input.required<BillingForm>();
  /** False when the page chooses the country elsewhere (boarding) and sets `address.country`. */
  readonly showCountry = input(true);
  readonly currentBankAccount = input<BankAccountSummary | null>(null);
  readonly bankAccountRequired = input(false);
  /** Said at the top of the open bank account fields: why they were opened, or a server error. */
  readonly bankAccountMessage = input<BankAccountMessage | null>(null);

  protected readonly countries = COUNTRIES;
  protected readonly id = billingControlId;
  protected readonly currentAccountText = computed(() => {
    const account = this.currentBankAccount();
    return account ? bankAccountText(account) : null;
  });

  constructor() {
    // The parent changes the form (fills it, puts server errors on it, closes the bank account):
    // every change of its state is a reason to check this view again.
    const changeDetector = inject(ChangeDetectorRef);
    toObservable(this.form)
      .pipe(
        switchMap((form) => form.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => changeDetector.markForCheck());
  }

  protected countryLabels() {
    return addressLabels(this.form().controls.address.controls.country.value);
  }

  /** The message under the control at `path` (`address.postalCode`), or null. */
  protected errorFor(path: string): string | null {
    const form = this.form();
    return billingErrorMessage(
      path,
      form.get(path)?.errors ?? null,
      form.controls.address.controls.country.value,
    );
  }

  protected bankAccountOpen(): boolean {
    return this.form().controls.bankAccount.enabled;
  }

  protected toggleBankAccount(open: boolean): void {
    const form = this.form();
    if (open) form.controls.bankAccount.enable();
    else closeBankAccount(form);
  }
}
