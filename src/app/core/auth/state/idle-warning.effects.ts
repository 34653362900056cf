import { EnvironmentInjector, inject } from '@angular/core';
import { createEffect } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { EMPTY, distinctUntilChanged, from, switchMap } from 'rxjs';
import { authFeature } from './auth.feature';

/** Shows the idle warning while its deadline is set; the dialog's code loads only then. */
export const showIdleWarning$ = createEffect(
  (store = inject(Store), injector = inject(EnvironmentInjector)) => {
    return store.select(authFeature.selectIdleDeadline).pipe(
      distinctUntilChanged(),
      switchMap((deadline) =>
        deadline === null
          ? EMPTY
          : from(import('../idle-warning-dialog/idle-warning-dialog')).pipe(
              switchMap(({ openIdleWarning }) => openIdleWarning(injector, deadline)),
            ),
      ),
    );
  },
  { functional: true, dispatch: false },
);
