import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'mcm-admin-page',
  imports: [ComingSoon],
  template: `<mcm-coming-soon
    title="Administration"
    description="Merchants, boarding, billing and users of your organizations."
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {}
