import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { WsapiError, toWsapiError } from '../../core/wsapi/wsapi-error';
import { SalesSummary } from './sales-summary';
import { SummaryApi, browserTimeZone } from './summary-api';

export interface DashboardState {
  readonly loading: boolean;
  readonly summary: SalesSummary | null;
  readonly error: WsapiError | null;
}

export const initialDashboardState: DashboardState = { loading: false, summary: null, error: null };

/**
 * The dashboard's sales figures, a small signal store provided by the page (its route is a plain
 * `loadComponent`, so it has no route providers for an NgRx feature). A newer load replaces an
 * older one still on its way; the figures already shown stay until the new ones arrive.
 */
@Injectable()
export class DashboardStore {
  private readonly api = inject(SummaryApi);
  private readonly state = signal(initialDashboardState);
  private readonly loads = new Subject<string>();

  readonly loading = computed(() => this.state().loading);
  readonly summary = computed(() => this.state().summary);
  readonly error = computed(() => this.state().error);

  constructor() {
    this.loads
      .pipe(
        switchMap((timeZone) =>
          this.api.summary(timeZone).pipe(
            map((summary): Partial<DashboardState> => ({ loading: false, summary, error: null })),
            catchError((error: unknown) =>
              of<Partial<DashboardState>>({ loading: false, error: toWsapiError(error) }),
            ),
            startWith<Partial<DashboardState>>({ loading: true, error: null }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((patch) => this.state.update((state) => ({ ...state, ...patch })));
  }

  load(timeZone = browserTimeZone()): void {
    this.loads.next(timeZone);
  }
}
