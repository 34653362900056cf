import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';
import { IfFlag } from '../../../core/access/if-flag.directive';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { AdminList } from '../admin-list/admin-list';
import { adminList } from '../admin-list/admin-list-view';
import { pageOf } from '../admin-paging';
import { BOARDING_ACCESS } from '../boarding/boarding-access';
import { MerchantsStore } from './merchants-store';
import { AdminTable } from '../admin-table/admin-table';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';

const MAX_QUERY_LENGTH = 100;
/** Typing pauses this long before the search is sent (one request and one announcement). */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The merchants the signed-in admin administers (a sys admin: every organization), searchable and
 * paged by the server. The search and page live in the URL, so Back and a reload keep them.
 */
@Component({
  selector: 'mcm-merchants-page',
  imports: [
    AdminList,
    AdminTable,
    StackedList,
    StackedRow,
    RouterLink,
    IfFlag,
    MatAnchor,
    MatFormField,
    MatLabel,
    MatInput,
  ],
  templateUrl: './merchants-page.html',
  styleUrl: './merchants-page.scss',
  providers: [MerchantsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MerchantsPage {
  private readonly store = inject(MerchantsStore);
  private readonly router = inject(Router);
  private readonly account = inject(Store).selectSignal(authFeature.selectAccount);
  private readonly typed = new Subject<string>();

  protected readonly narrow = narrowScreen();

  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly page = input<string>();
  readonly size = input<string>();

  protected readonly boardingAccess = BOARDING_ACCESS;
  protected readonly maxQueryLength = MAX_QUERY_LENGTH;
  protected readonly query = computed(() => ({
    q: (this.q() ?? '').slice(0, MAX_QUERY_LENGTH),
    ...pageOf(this.page(), this.size()),
  }));
  protected readonly merchants = this.store.items;
  protected readonly isSysAdmin = computed(() => this.account()?.user.isSysAdmin ?? false);
  protected readonly list = adminList(this.store, this.query, {
    loading: 'Loading merchants',
    doing: 'Loading the merchants',
    caption: 'Merchants by organization id',
    pages: 'Pages of merchants',
    counted: (total) => {
      const q = this.query().q.trim();
      if (total === 0) return q ? `No merchants match “${q}”.` : 'No merchants.';
      const merchants = total === 1 ? '1 merchant' : `${total} merchants`;
      return q ? `${merchants} match “${q}”.` : `${merchants}.`;
    },
  });

  constructor() {
    this.typed
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((q) => {
        if (q === this.query().q) return;
        // Typing replaces the history entry: Back leaves the list rather than undoing each letter.
        void this.router.navigate([], {
          queryParams: { q: q || null, page: null },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        });
      });
  }

  protected search(q: string): void {
    this.typed.next(q);
  }
}
