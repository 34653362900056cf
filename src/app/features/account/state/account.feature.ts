import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { hasPermission } from '../../../core/access/permissions';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { AccountSection, Profile, ReceiptSettings, SaveStatus } from '../account.model';
import { AccountApiActions, AccountPageActions } from './account.actions';

export interface SaveState {
  readonly status: SaveStatus;
  readonly error: WsapiError | null;
}

/** What account settings shows. Never a password or a security answer. */
export interface AccountState {
  readonly profile: Profile | null;
  readonly profileError: WsapiError | null;
  readonly receipt: ReceiptSettings | null;
  readonly receiptError: WsapiError | null;
  readonly saves: Readonly<Record<AccountSection, SaveState>>;
}

const IDLE: SaveState = { status: 'idle', error: null };

export const initialAccountState: AccountState = {
  profile: null,
  profileError: null,
  receipt: null,
  receiptError: null,
  saves: {
    name: IDLE,
    email: IDLE,
    address: IDLE,
    password: IDLE,
    locale: IDLE,
    receipt: IDLE,
  },
};

const withSave = (state: AccountState, section: AccountSection, save: SaveState): AccountState => ({
  ...state,
  saves: { ...state.saves, [section]: save },
});

const SAVING: SaveState = { status: 'saving', error: null };
const SAVED: SaveState = { status: 'saved', error: null };

export const accountFeature = createFeature({
  name: 'account',
  reducer: createReducer(
    initialAccountState,
    // The page starts clean: no message left over from an earlier visit.
    on(AccountPageActions.opened, (state): AccountState => ({
      ...state,
      profileError: null,
      receiptError: null,
      saves: initialAccountState.saves,
    })),
    on(AccountPageActions.retryClicked, (state): AccountState => ({
      ...state,
      profileError: null,
      receiptError: null,
    })),
    on(AccountApiActions.profileLoaded, (state, { profile }): AccountState => ({
      ...state,
      profile,
      profileError: null,
    })),
    on(AccountApiActions.profileLoadFailed, (state, { error }): AccountState => ({
      ...state,
      profileError: error,
    })),
    on(AccountApiActions.receiptSettingsLoaded, (state, { settings }): AccountState => ({
      ...state,
      receipt: settings,
      receiptError: null,
    })),
    on(AccountApiActions.receiptSettingsLoadFailed, (state, { error }): AccountState => ({
      ...state,
      receiptError: error,
    })),
    on(AccountPageActions.nameSubmitted, (state): AccountState => withSave(state, 'name', SAVING)),
    on(AccountPageActions.emailSubmitted, (state): AccountState =>
      withSave(state, 'email', SAVING),
    ),
    on(AccountPageActions.addressSubmitted, (state): AccountState =>
      withSave(state, 'address', SAVING),
    ),
    on(AccountPageActions.passwordSubmitted, (state): AccountState =>
      withSave(state, 'password', SAVING),
    ),
    on(AccountPageActions.localeSubmitted, (state): AccountState =>
      withSave(state, 'locale', SAVING),
    ),
    on(AccountPageActions.receiptSettingsSubmitted, (state): AccountState =>
      withSave(state, 'receipt', SAVING),
    ),
    on(AccountApiActions.profileSaved, (state, { section, profile }): AccountState =>
      withSave({ ...state, profile }, section, SAVED),
    ),
    on(AccountApiActions.emailSaved, (state, { primaryEmail }): AccountState =>
      withSave(
        { ...state, profile: state.profile && { ...state.profile, primaryEmail } },
        'email',
        SAVED,
      ),
    ),
    on(AccountApiActions.passwordChanged, (state): AccountState =>
      withSave(state, 'password', SAVED),
    ),
    on(AccountApiActions.receiptSettingsSaved, (state, { settings }): AccountState =>
      withSave({ ...state, receipt: settings }, 'receipt', SAVED),
    ),
    on(AccountApiActions.saveFailed, (state, { section, error }): AccountState =>
      withSave(state, section, { status: 'failed', error }),
    ),
  ),
  extraSelectors: ({ selectSaves }) => ({
    selectNameSave: createSelector(selectSaves, (saves) => saves.name),
    selectEmailSave: createSelector(selectSaves, (saves) => saves.email),
    selectAddressSave: createSelector(selectSaves, (saves) => saves.address),
    selectPasswordSave: createSelector(selectSaves, (saves) => saves.password),
    selectLocaleSave: createSelector(selectSaves, (saves) => saves.locale),
    selectReceiptSave: createSelector(selectSaves, (saves) => saves.receipt),
  }),
});

/**
 * The profile, address, locale and receipt resources are merchant features: the WSAPI refuses
 * them (403) to other organizations, so the page neither asks for nor offers them there.
 */
export const selectHasMerchantProfile = createSelector(authFeature.selectAccount, (account) =>
  hasPermission(account, 'organization:merchant'),
);
