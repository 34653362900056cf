import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { newIdempotencyKey } from '../../../core/wsapi/idempotency-key';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { adminErrorMessage, toAdminError } from '../admin-errors';
import { SaveStatus } from '../paged-store';
import { BillingFields } from '../billing/billing-fields/billing-fields';
import { OrganizationFacts } from '../merchant/organization-facts';
import {
  applyServerFieldError,
  billingControlId,
  createBillingForm,
  invalidControlPaths,
  toBillingDraft,
} from '../billing/billing-form';
import { COUNTRIES, countryValidator } from '../../../shared/forms/countries';
import { BillingCountry } from '../billing/billing.model';
import { textRule } from '../billing/billing-rules';
import { BOARDING_SERVER_FIELDS, BoardingDraft, PROCESSORS, ProcessorName } from './boarding-api';
import { boardingErrorMessage } from './boarding-messages';
import { BoardingStore } from './boarding-store';
import { injectFocusAfterRender } from '../focus-after-render';
import { WithUnsavedChanges, warnBeforeUnload } from '../../../shared/forms/unsaved-changes';

/**
 * Boards a merchant (`/admin/merchants/new`): name, processor, country (which is also the billing
 * address's), for a sys admin an optional parent, then the billing information with a bank
 * account. An admin boards a submerchant of their own organization. The result names the new
 * merchant's ids and links to it.
 */
@Component({
  selector: 'mcm-boarding-page',
  imports: [
    FORM_FIELD_IMPORTS,
    RouterLink,
    MatAnchor,
    MatOption,
    MatProgressBar,
    MatSelect,
    BillingFields,
    OrganizationFacts,
  ],
  templateUrl: './boarding-page.html',
  styleUrl: './boarding-page.scss',
  providers: [BoardingStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardingPage implements WithUnsavedChanges {
  private readonly store = inject(BoardingStore);
  private readonly focusAfterRender = injectFocusAfterRender();
  private readonly account = inject(Store).selectSignal(authFeature.selectAccount);

  protected readonly isSysAdmin = computed(() => this.account()?.user.isSysAdmin === true);
  protected readonly ownOrganizationId = computed(
    () => this.account()?.organization.organizationId ?? '',
  );
  protected readonly processors = PROCESSORS;
  protected readonly countries = COUNTRIES;

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly form = this.formBuilder.group({
    name: ['', textRule(2, 100)],
    processor: ['' as ProcessorName | '', Validators.required],
    country: ['US' as BillingCountry | '', countryValidator],
    parentOrganizationId: ['', Validators.pattern(/^\s*\d{1,12}\s*$/)],
    billing: createBillingForm(this.formBuilder, 'US'),
  });

  protected readonly saving = computed(() => this.store.status() === 'saving');
  /** A failed boarding that is not about one field (those show at the field). */
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly boarded = this.store.boarded;
  /** One key per boarding as typed: a resend of the same form reuses it, any edit renews it. */
  private idempotencyKey = newIdempotencyKey();

  constructor() {
    warnBeforeUnload(this);
    const { country, billing, parentOrganizationId } = this.form.controls;
    this.form.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => (this.idempotencyKey = newIdempotencyKey()));
    country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((value) => billing.controls.address.controls.country.setValue(value));
    // Only a sys admin chooses a parent; an admin's merchant goes under their own organization.
    effect(() => {
      const sysAdmin = this.isSysAdmin();
      untracked(() => (sysAdmin ? parentOrganizationId.enable() : parentOrganizationId.disable()));
    });
    effect(() => {
      const status = this.store.status();
      untracked(() => this.showOutcome(status));
    });
  }

  protected errorFor(path: string): string | null {
    return boardingErrorMessage(
      path,
      this.form.get(path)?.errors ?? null,
      this.form.controls.country.value,
    );
  }

  protected boardMerchant(): void {
    if (this.saving()) return;
    const draft = this.form.valid ? this.toDraft() : null;
    if (!draft) {
      this.form.markAllAsTouched();
      const [first] = invalidControlPaths(this.form);
      if (first) this.focus(first);
      return;
    }
    this.errorMessage.set(null);
    this.store.board(draft, this.idempotencyKey);
  }

  private showOutcome(status: SaveStatus): void {
    const error = this.store.error();
    if (status === 'saved') {
      this.idempotencyKey = newIdempotencyKey();
      // Nothing typed stays behind, the bank account number least of all.
      this.form.reset();
      this.focusAfterRender('#boarded-title');
    } else if (status === 'failed' && error) {
      const path = applyServerFieldError(this.form, error, BOARDING_SERVER_FIELDS);
      if (path) this.focus(path);
      else this.errorMessage.set(this.failureMessage(error));
    }
  }

  protected boardAnother(): void {
    this.store.clear();
    this.errorMessage.set(null);
    this.focusAfterRender('#boarding-name');
  }

  private toDraft(): BoardingDraft | null {
    const { name, processor, country, parentOrganizationId } = this.form.getRawValue();
    const billing = toBillingDraft(this.form.controls.billing);
    if (!processor || !country || !billing?.bankAccount) return null;
    return {
      name: name.trim(),
      processor,
      country,
      parentOrganizationId: this.isSysAdmin() ? parentOrganizationId.trim() || null : null,
      billing: { ...billing, bankAccount: billing.bankAccount },
    };
  }

  private failureMessage(error: ReturnType<typeof toAdminError>): string {
    if (error.kind === 'forbidden' && !this.isSysAdmin())
      return 'Boarding the merchant failed: your organization is not allowed to board submerchants. Please contact your administrator.';
    return adminErrorMessage(error, 'Boarding the merchant', 'This parent organization');
  }

  /** Focuses the control at `path` (`name`, `billing.address.postalCode`…) once it is shown. */
  private focus(path: string): void {
    const id = path.startsWith('billing.')
      ? billingControlId(path.slice('billing.'.length))
      : `boarding-${path}`;
    this.focusAfterRender(`#${id}`);
  }

  /** Something typed and not yet boarded (a boarded merchant empties the form). */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }
}
