import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { Observable, catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import { AccountSettingsApiActions, ProfileChanges } from '../../../core/auth/state/auth.actions';
import { toWsapiError } from '../../../core/wsapi/wsapi-error';
import { AccountApi } from '../account-api';
import { AccountSection } from '../account.model';
import { AccountApiActions, AccountPageActions } from './account.actions';
import { selectHasMerchantProfile } from './account.feature';

const opened = (actions$: Actions, store: Store) =>
  actions$.pipe(
    ofType(AccountPageActions.opened, AccountPageActions.retryClicked),
    concatLatestFrom(() => store.select(selectHasMerchantProfile)),
    filter(([, merchant]) => merchant),
  );

const saveFailed = (section: AccountSection) => (error: unknown) =>
  of(AccountApiActions.saveFailed({ section, error: toWsapiError(error) }));

export const loadProfile$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return opened(actions$, store).pipe(
      switchMap(() =>
        api.profile().pipe(
          map((profile) => AccountApiActions.profileLoaded({ profile })),
          catchError((error: unknown) =>
            of(AccountApiActions.profileLoadFailed({ error: toWsapiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadReceiptSettings$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
    return opened(actions$, store).pipe(
      switchMap(() =>
        api.receiptSettings().pipe(
          map((settings) => AccountApiActions.receiptSettingsLoaded({ settings })),
          catchError((error: unknown) =>
            of(AccountApiActions.receiptSettingsLoadFailed({ error: toWsapiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

// Writes are never retried, and a second submit while one is on its way is ignored.

export const changeName$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.nameSubmitted),
      exhaustMap(({ name }) =>
        api.changeName(name).pipe(
          map((profile) => AccountApiActions.profileSaved({ section: 'name', profile })),
          catchError(saveFailed('name')),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeEmail$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.emailSubmitted),
      exhaustMap(({ primaryEmail }) =>
        api.changeEmail(primaryEmail).pipe(
          map((saved) => AccountApiActions.emailSaved({ primaryEmail: saved })),
          catchError(saveFailed('email')),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeAddress$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.addressSubmitted),
      exhaustMap(({ address }) =>
        api.changeAddress(address).pipe(
          map((profile) => AccountApiActions.profileSaved({ section: 'address', profile })),
          catchError(saveFailed('address')),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeLocale$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.localeSubmitted),
      exhaustMap(({ locale }) =>
        api.changeLocale(locale).pipe(
          map((profile) => AccountApiActions.profileSaved({ section: 'locale', profile })),
          catchError(saveFailed('locale')),
        ),
      ),
    );
  },
  { functional: true },
);

export const changePassword$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.passwordSubmitted),
      exhaustMap(({ password }) =>
        api.changePassword(password).pipe(
          map(() => AccountApiActions.passwordChanged()),
          catchError(saveFailed('password')),
        ),
      ),
    );
  },
  { functional: true },
);

export const saveReceiptSettings$ = createEffect(
  (actions$ = inject(Actions), api = inject(AccountApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.receiptSettingsSubmitted),
      exhaustMap(({ receipt }) =>
        api.saveReceiptSettings(receipt).pipe(
          map((settings) => AccountApiActions.receiptSettingsSaved({ settings })),
          catchError(saveFailed('receipt')),
        ),
      ),
    );
  },
  { functional: true },
);

/** A saved name, locale or email goes into the session, so the toolbar and formatting follow. */
export const updateSession$ = createEffect(
  (
    actions$ = inject(Actions),
  ): Observable<ReturnType<typeof AccountSettingsApiActions.profileUpdated>> => {
    return actions$.pipe(
      ofType(AccountApiActions.profileSaved, AccountApiActions.emailSaved),
      map((action): ProfileChanges | null => {
        if (action.type === AccountApiActions.emailSaved.type) {
          return { primaryEmail: action.primaryEmail };
        }
        const { section, profile } = action;
        if (section === 'name') {
          const { firstName, middleNameInitial, lastName } = profile;
          return { firstName, middleNameInitial, lastName };
        }
        return section === 'locale' && profile.locale ? { locale: profile.locale } : null;
      }),
      filter((changes): changes is ProfileChanges => changes !== null),
      map((changes) => AccountSettingsApiActions.profileUpdated({ changes })),
    );
  },
  { functional: true },
);
