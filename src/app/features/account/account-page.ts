import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'mcm-account-page',
  imports: [ComingSoon],
  template: `<mcm-coming-soon
    title="Account settings"
    description="Your profile, password, receipts and locale."
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {}
