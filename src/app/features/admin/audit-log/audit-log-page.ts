import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { AdminList } from '../admin-list/admin-list';
import { adminList } from '../admin-list/admin-list-view';
import { AUDIT_ACTION_LABELS } from '../admin.model';
import { pageOf } from '../admin-paging';
import { AuditLogStore } from './audit-log-store';
import { describeDetails } from './audit-details';
import { AdminTable } from '../admin-table/admin-table';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';

/** Who did what, when, to which merchant or user: the admin actions in scope, newest first. */
@Component({
  selector: 'mcm-audit-log-page',
  imports: [AdminList, AdminTable, StackedList, StackedRow, RouterLink, LocalDatePipe],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  providers: [AuditLogStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly store = inject(AuditLogStore);

  protected readonly narrow = narrowScreen();

  /** Query parameters, bound by the router. */
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly locale = inject(Store).selectSignal(authFeature.selectLocale);
  protected readonly list = adminList(
    this.store,
    computed(() => pageOf(this.page(), this.size())),
    {
      loading: 'Loading the audit log',
      doing: 'Loading the audit log',
      caption: 'Admin actions, newest first',
      pages: 'Pages of the audit log',
      counted: (total) => {
        if (total === 0) return 'No admin actions recorded yet.';
        return total === 1 ? '1 action recorded.' : `${total} actions recorded.`;
      },
    },
  );
  protected readonly entries = computed(() =>
    this.store.items().map((entry) => ({
      ...entry,
      actionLabel: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      detailsText: describeDetails(entry.details),
    })),
  );
}
