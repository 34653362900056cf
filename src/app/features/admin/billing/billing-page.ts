import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { adminErrorMessage, adminErrorText } from '../admin-errors';
import { SaveStatus, loadOnChange } from '../paged-store';
import { BillingStore } from './billing-store';
import { BankAccountMessage, BillingFields } from './billing-fields/billing-fields';
import {
  BILLING_SERVER_FIELDS,
  applyServerFieldError,
  bankAccountErrorMessage,
  bankAccountIsEmpty,
  bankAccountText,
  billingControlId,
  closeBankAccount,
  createBillingForm,
  fillBillingForm,
  invalidControlPaths,
  toBillingDraft,
} from './billing-form';
import { countryName } from '../../../shared/forms/countries';
import { Billing, BillingCountry } from './billing.model';
import { injectFocusAfterRender } from '../focus-after-render';
import { WithUnsavedChanges, warnBeforeUnload } from '../../../shared/forms/unsaved-changes';

/**
 * A merchant's billing information (`/admin/merchants/:organizationId/billing`, inside the
 * merchant layout): shown as a list, edited in place. A new bank account's number is typed, sent
 * once and cleared; only its last four digits ever come back. Choosing another country than the
 * stored one opens the bank account fields (the stored routing number may not fit it), saying why.
 */
@Component({
  selector: 'mcm-billing-page',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, BillingFields, LocalDatePipe],
  templateUrl: './billing-page.html',
  styleUrl: './billing-page.scss',
  providers: [BillingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingPage implements WithUnsavedChanges {
  protected readonly store = inject(BillingStore);
  private readonly focusAfterRender = injectFocusAfterRender();

  /** The route's `:organizationId`: the merchant every request is about. */
  readonly organizationId = input.required<string>();

  protected readonly locale = inject(Store).selectSignal(authFeature.selectLocale);
  /** This merchant's billing: never the previous one's (the store clears it for another id). */
  protected readonly billing = this.store.billing;
  protected readonly loadErrorMessage = adminErrorText(
    this.store.error,
    'Loading the billing information',
  );

  protected readonly form = createBillingForm(inject(NonNullableFormBuilder));
  protected readonly editing = signal(false);
  protected readonly saving = computed(() => this.store.saveStatus() === 'saving');
  /** A failed save that is not about one field (those show at the field). */
  protected readonly saveErrorMessage = signal<string | null>(null);
  protected readonly savedMessage = signal<string | null>(null);
  /** Why the bank account fields were opened for the user (a change of country), or null. */
  private readonly bankAccountNote = signal<string | null>(null);
  /** The server's refusal of a save without a new bank account, until the next change or save. */
  private readonly bankAccountError = signal<string | null>(null);
  /** Said at the bank account fields: the server's refusal first, else why they were opened. */
  protected readonly bankAccountMessage = computed((): BankAccountMessage | null => {
    const error = this.bankAccountError();
    if (error) return { text: error, error: true };
    const note = this.bankAccountNote();
    return note ? { text: note, error: false } : null;
  });
  /** The bank account fields were opened by a change of country or the server, not the user. */
  private bankAccountOpenedAutomatically = false;
  /** Whether the save on its way sends a new bank account. */
  private savingNewAccount = false;

  constructor() {
    warnBeforeUnload(this);
    loadOnChange(this.organizationId, this.store, () => {
      this.stopEditing();
      this.savedMessage.set(null);
    });
    effect(() => {
      const status = this.store.saveStatus();
      untracked(() => this.showSaveOutcome(status));
    });
    this.form.controls.address.controls.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((country) => this.followCountry(country));
    this.form.controls.bankAccount.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.bankAccountError.set(null));
  }

  protected accountText(billing: Billing): string {
    return billing.bankAccount ? bankAccountText(billing.bankAccount) : 'None on file';
  }

  protected countryName(code: string): string {
    return countryName(code);
  }

  protected startEditing(): void {
    const billing = this.billing();
    if (!billing) return;
    fillBillingForm(this.form, billing);
    this.bankAccountNote.set(null);
    this.bankAccountError.set(null);
    this.bankAccountOpenedAutomatically = false;
    this.savedMessage.set(null);
    this.saveErrorMessage.set(null);
    this.editing.set(true);
    this.focusAfterRender(`#${billingControlId('contactName')}`);
  }

  protected cancelEditing(): void {
    this.stopEditing();
    this.focusAfterRender('#billing-edit');
  }

  protected saveBilling(): void {
    if (this.saving()) return;
    const draft = this.form.valid ? toBillingDraft(this.form) : null;
    if (!draft) {
      this.form.markAllAsTouched();
      const [first] = invalidControlPaths(this.form);
      if (first) this.focusAfterRender(`#${billingControlId(first)}`);
      return;
    }
    this.savingNewAccount = draft.bankAccount !== undefined;
    this.saveErrorMessage.set(null);
    this.bankAccountError.set(null);
    this.savedMessage.set(null);
    this.store.save(draft);
  }

  private showSaveOutcome(status: SaveStatus): void {
    const error = this.store.saveError();
    if (status === 'saved') {
      this.stopEditing();
      const last4 = this.billing()?.bankAccount?.accountLast4;
      this.savedMessage.set(
        this.savingNewAccount && last4
          ? `The billing information was saved. The bank account on file now ends in ${last4}.`
          : 'The billing information was saved.',
      );
      this.focusAfterRender('#billing-saved');
    } else if (status === 'failed' && error) {
      const bankAccountMessage = bankAccountErrorMessage(error);
      if (bankAccountMessage) {
        this.openBankAccount();
        this.bankAccountError.set(bankAccountMessage);
        this.focusAfterRender(`#${billingControlId('bankAccount.accountHolder')}`);
        return;
      }
      const path = applyServerFieldError(this.form, error, BILLING_SERVER_FIELDS);
      if (path) this.focusAfterRender(`#${billingControlId(path)}`);
      else this.saveErrorMessage.set(adminErrorMessage(error, 'Saving the billing information'));
    }
  }

  /**
   * While editing, a country other than the stored one needs the bank account typed again (the
   * stored routing number may not fit it): the fields open, saying why. Back to the stored country,
   * fields opened that way close again if nothing was typed in them.
   */
  private followCountry(country: BillingCountry | ''): void {
    const billing = this.billing();
    if (!this.editing() || !billing?.bankAccount || country === '') return;
    this.bankAccountError.set(null);
    if (country !== billing.address.country) {
      this.bankAccountNote.set(
        `The country changed: enter the bank account for ${this.countryName(country)}.`,
      );
      this.openBankAccount();
    } else {
      this.bankAccountNote.set(null);
      if (this.bankAccountOpenedAutomatically && bankAccountIsEmpty(this.form)) {
        closeBankAccount(this.form);
      }
      this.bankAccountOpenedAutomatically = false;
    }
  }

  /** Opens the bank account fields for the user, unless they are open already. */
  private openBankAccount(): void {
    const bankAccount = this.form.controls.bankAccount;
    if (bankAccount.enabled) return;
    bankAccount.enable();
    this.bankAccountOpenedAutomatically = true;
  }

  /** Leaves edit mode: the form (account number too) emptied. */
  private stopEditing(): void {
    this.store.clearSaveStatus();
    this.editing.set(false);
    this.saveErrorMessage.set(null);
    this.bankAccountNote.set(null);
    this.bankAccountError.set(null);
    this.bankAccountOpenedAutomatically = false;
    this.form.reset();
    closeBankAccount(this.form);
  }

  /** Editing, with a change not saved yet (a save or "Cancel" ends the editing). */
  hasUnsavedChanges(): boolean {
    return this.editing() && this.form.dirty;
  }
}
