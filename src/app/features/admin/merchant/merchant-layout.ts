import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { adminErrorText } from '../admin-errors';
import { loadOnChange } from '../paged-store';
import { MerchantStore } from './merchant-store';

/**
 * One merchant: its name as the page's heading and links to its overview, users, billing and
 * configuration, whose pages render below and share the `MerchantStore` provided here.
 */
@Component({
  selector: 'mcm-merchant-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, MatButton, MatProgressBar],
  templateUrl: './merchant-layout.html',
  styleUrl: './merchant-layout.scss',
  providers: [MerchantStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MerchantLayout {
  private readonly store = inject(MerchantStore);

  /** The route's `:organizationId`. */
  readonly organizationId = input.required<string>();

  /** Never the previous merchant while the next loads: the store clears it for another id. */
  protected readonly organization = this.store.organization;
  protected readonly loading = this.store.loading;
  protected readonly errorMessage = adminErrorText(this.store.error, 'Loading the merchant');
  protected readonly sections = [
    { path: '.', label: 'Overview', exact: true },
    { path: 'users', label: 'Users', exact: false },
    { path: 'billing', label: 'Billing', exact: false },
    { path: 'configuration', label: 'Configuration', exact: false },
  ] as const;

  constructor() {
    loadOnChange(this.organizationId, this.store);
  }

  protected retry(): void {
    this.store.reload();
  }
}
