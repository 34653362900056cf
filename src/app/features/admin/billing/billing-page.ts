import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'mcm-x-billing-page',
  template: '<p>stub</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingPage {}
