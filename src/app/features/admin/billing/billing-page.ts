import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
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
import { Subscription } from 'rxjs';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { adminErrorMessage, toAdminError } from '../admin-errors';
import { Loader } from '../paged-store';
import { BillingApi } from './billing-api';
import { BillingFields } from './billing-fields/billing-fields';
import {
  BILLING_SERVER_FIELDS,
  applyServerFieldError,
  bankAccountText,
  billingControlId,
  closeBankAccount,
  createBillingForm,
  fillBillingForm,
  invalidControlPaths,
  toBillingDraft,
} from './billing-form';
import { BILLING_COUNTRIES, Billing } from './billing.model';

/**
 * A merchant's billing information (`/admin/merchants/:organizationId/billing`, inside the
 * merchant layout): shown as a list, edited in place. A new bank account's number is typed, sent
 * once and cleared; only its last four digits ever come back.
 */
@Component({
  selector: 'mcm-billing-page',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, BillingFields, LocalDatePipe],
  templateUrl: './billing-page.html',
  styleUrl: './billing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingPage {
  private readonly api = inject(BillingApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  /** The route's `:organizationId`: the merchant every request is about. */
  readonly organizationId = input.required<string>();

  protected readonly locale = inject(Store).selectSignal(authFeature.selectLocale);
  protected readonly loader = new Loader<string, Billing>((id) => this.api.get(id));
  /** What was loaded, once it is this merchant's (not the one shown before a navigation). */
  protected readonly billing = computed(() => {
    const billing = this.loader.value();
    return billing?.organizationId === this.organizationId() ? billing : null;
  });
  protected readonly loadErrorMessage = computed(() => {
    const error = this.loader.error();
    return error ? adminErrorMessage(error, 'Loading the billing information') : null;
  });

  protected readonly form = createBillingForm(inject(NonNullableFormBuilder));
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  /** A failed save that is not about one field (those show at the field). */
  protected readonly saveErrorMessage = signal<string | null>(null);
  protected readonly savedMessage = signal<string | null>(null);
  private save: Subscription | null = null;

  constructor() {
    effect(() => {
      const organizationId = this.organizationId();
      untracked(() => {
        this.stopEditing();
        this.savedMessage.set(null);
        this.loader.load(organizationId);
      });
    });
  }

  protected accountText(billing: Billing): string {
    return billing.bankAccount ? bankAccountText(billing.bankAccount) : 'None on file';
  }

  protected countryName(code: string): string {
    return BILLING_COUNTRIES.find((country) => country.code === code)?.name ?? code;
  }

  protected startEditing(): void {
    const billing = this.billing();
    if (!billing) return;
    fillBillingForm(this.form, billing);
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
    const newAccount = draft.bankAccount !== undefined;
    this.saving.set(true);
    this.saveErrorMessage.set(null);
    this.savedMessage.set(null);
    this.save = this.api
      .update(this.organizationId(), draft)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (billing) => {
          this.loader.set(billing);
          this.stopEditing();
          const last4 = billing.bankAccount?.accountLast4;
          this.savedMessage.set(
            newAccount && last4
              ? `The billing information was saved. The bank account on file now ends in ${last4}.`
              : 'The billing information was saved.',
          );
          this.focusAfterRender('#billing-saved');
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const adminError = toAdminError(error);
          const path = applyServerFieldError(this.form, adminError, BILLING_SERVER_FIELDS);
          if (path) this.focusAfterRender(`#${billingControlId(path)}`);
          else
            this.saveErrorMessage.set(
              adminErrorMessage(adminError, 'Saving the billing information'),
            );
        },
      });
  }

  /** Leaves edit mode: any save on its way is dropped, and the form (account number too) emptied. */
  private stopEditing(): void {
    this.save?.unsubscribe();
    this.save = null;
    this.saving.set(false);
    this.editing.set(false);
    this.saveErrorMessage.set(null);
    this.form.reset();
    closeBankAccount(this.form);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
