import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MerchantStore } from './merchant-store';
import { OrganizationFacts } from './organization-facts';

/** The merchant's overview: its facts, once loaded for this route's id (the layout's store). */
@Component({
  selector: 'mcm-merchant-overview',
  imports: [OrganizationFacts],
  templateUrl: './merchant-overview.html',
  styleUrl: './merchant-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MerchantOverview {
  protected readonly organization = inject(MerchantStore).organization;
}
