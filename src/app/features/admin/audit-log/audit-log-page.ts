import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { ListStatus } from '../../../shared/list-status/list-status';
import { adminErrorMessage } from '../admin-errors';
import { AdminPaginator } from '../admin-paginator/admin-paginator';
import { AUDIT_ACTION_LABELS } from '../admin.model';
import { pageCaption, pageOf } from '../admin-paging';
import { AuditLogStore } from './audit-log-store';
import { describeDetails } from './audit-details';
import { AdminTable } from '../admin-table/admin-table';

/** Who did what, when, to which merchant or user: the admin actions in scope, newest first. */
@Component({
  selector: 'mcm-audit-log-page',
  imports: [AdminTable, RouterLink, LocalDatePipe, AdminPaginator, ListStatus],
  templateUrl: './audit-log-page.html',
  styleUrl: './audit-log-page.scss',
  providers: [AuditLogStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly store = inject(AuditLogStore);

  /** Query parameters, bound by the router. */
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly locale = inject(Store).selectSignal(authFeature.selectLocale);
  protected readonly request = computed(() => pageOf(this.page(), this.size()));
  protected readonly loading = this.store.loading;
  protected readonly totalCount = this.store.totalCount;
  protected readonly entries = computed(() =>
    this.store.items().map((entry) => ({
      ...entry,
      actionLabel: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      detailsText: describeDetails(entry.details),
    })),
  );
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? adminErrorMessage(error, 'Loading the audit log') : null;
  });
  protected readonly summary = computed(() => {
    if (this.loading()) return 'Loading the audit log…';
    if (this.store.error()) return '';
    const total = this.totalCount();
    if (total === 0) return 'No admin actions recorded yet.';
    return total === 1 ? '1 action recorded.' : `${total} actions recorded.`;
  });
  protected readonly caption = computed(() =>
    pageCaption('Admin actions, newest first', this.request(), this.totalCount()),
  );

  constructor() {
    effect(() => {
      const request = this.request();
      untracked(() => this.store.load(request));
    });
  }

  protected retry(): void {
    this.store.reload();
  }
}
