import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MerchantStore } from './merchant-store';

/** A merchant's ids, processor, status, parent and submerchants. */
@Component({
  selector: 'mcm-merchant-overview',
  imports: [RouterLink],
  templateUrl: './merchant-overview.html',
  styleUrl: './merchant-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MerchantOverview {
  /** The route's `:organizationId` (inherited from the merchant layout's route). */
  readonly organizationId = input.required<string>();
  protected readonly organization = inject(MerchantStore).organization;
}
