import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Action, ActionCreator, Store } from '@ngrx/store';
import { Observable, catchError, exhaustMap, filter, map, of, switchMap } from 'rxjs';
import { AccountSettingsApiActions, ProfileChanges } from '../../../core/auth/state/auth.actions';
import { answerAs } from '../../../core/wsapi/answer-as';
import { WsapiError, toWsapiError } from '../../../core/wsapi/wsapi-error';
import { AccountApi } from '../account-api';
import { AccountSection, Profile } from '../account.model';
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

/** One part of the page's data, asked for when a merchant opens the page and on "Try again". */
function loadOnOpen<T>(
  load: (api: AccountApi) => Observable<T>,
  loaded: (answer: T) => Action,
  failed: (props: { error: WsapiError }) => Action,
) {
  return createEffect(
    (actions$ = inject(Actions), store = inject(Store), api = inject(AccountApi)) => {
      return opened(actions$, store).pipe(
        switchMap(() => load(api).pipe(answerAs(loaded, failed))),
      );
    },
    { functional: true },
  );
}

export const loadProfile$ = loadOnOpen(
  (api) => api.profile(),
  (profile) => AccountApiActions.profileLoaded({ profile }),
  AccountApiActions.profileLoadFailed,
);

export const loadReceiptSettings$ = loadOnOpen(
  (api) => api.receiptSettings(),
  (settings) => AccountApiActions.receiptSettingsLoaded({ settings }),
  AccountApiActions.receiptSettingsLoadFailed,
);

/**
 * The save of one section: never retried, and a second submit while one is on its way is
 * ignored; what the server answers becomes `send`'s action, a failure `saveFailed(section)`.
 */
function saveSection<C extends ActionCreator>(
  submitted: C,
  section: AccountSection,
  send: (api: AccountApi, action: ReturnType<C>) => Observable<Action>,
) {
  return createEffect(
    (actions$ = inject(Actions), api = inject(AccountApi)) => {
      return actions$.pipe(
        ofType(submitted),
        exhaustMap((action) =>
          send(api, action as ReturnType<C>).pipe(catchError(saveFailed(section))),
        ),
      );
    },
    { functional: true },
  );
}

/** The save of a section the server answers with the whole profile (name, address, locale). */
function saveProfileSection<C extends ActionCreator>(
  submitted: C,
  section: 'name' | 'address' | 'locale',
  change: (api: AccountApi, action: ReturnType<C>) => Observable<Profile>,
) {
  return saveSection(submitted, section, (api, action) =>
    change(api, action).pipe(
      map((profile) => AccountApiActions.profileSaved({ section, profile })),
    ),
  );
}

export const changeName$ = saveProfileSection(
  AccountPageActions.nameSubmitted,
  'name',
  (api, { name }) => api.changeName(name),
);

export const changeEmail$ = saveSection(
  AccountPageActions.emailSubmitted,
  'email',
  (api, { primaryEmail }) =>
    api
      .changeEmail(primaryEmail)
      .pipe(map((saved) => AccountApiActions.emailSaved({ primaryEmail: saved }))),
);

export const changeAddress$ = saveProfileSection(
  AccountPageActions.addressSubmitted,
  'address',
  (api, { address }) => api.changeAddress(address),
);

export const changeLocale$ = saveProfileSection(
  AccountPageActions.localeSubmitted,
  'locale',
  (api, { locale }) => api.changeLocale(locale),
);

export const changePassword$ = saveSection(
  AccountPageActions.passwordSubmitted,
  'password',
  (api, { password }) =>
    api.changePassword(password).pipe(map(() => AccountApiActions.passwordChanged())),
);

export const saveReceiptSettings$ = saveSection(
  AccountPageActions.receiptSettingsSubmitted,
  'receipt',
  (api, { receipt }) =>
    api
      .saveReceiptSettings(receipt)
      .pipe(map((settings) => AccountApiActions.receiptSettingsSaved({ settings }))),
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
