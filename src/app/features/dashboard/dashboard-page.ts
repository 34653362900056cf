import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';

/** Who is signed in, straight from the login response: no request of its own. */
@Component({
  selector: 'mcm-dashboard-page',
  imports: [DatePipe],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly store = inject(Store);
  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly session = this.store.selectSignal(authFeature.selectSession);
}
