import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MerchantStore } from './merchant-store';
import { OrganizationFacts } from './organization-facts';

/** The merchant's overview: its facts, once loaded for this route's id. */
@Component({
  selector: 'mcm-merchant-overview',
  imports: [OrganizationFacts],
  templateUrl: './merchant-overview.html',
  styleUrl: './merchant-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MerchantOverview {
  /** The route's `:organizationId` (inherited from the merchant layout's route). */
  readonly organizationId = input.required<string>();
  protected readonly organization = inject(MerchantStore).organization;
}
