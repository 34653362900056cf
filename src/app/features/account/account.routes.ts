import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { confirmLeavingUnsavedChanges } from '../../shared/forms/unsaved-changes';
import { AccountPage } from './account-page/account-page';
import * as accountEffects from './state/account.effects';
import { accountFeature } from './state/account.feature';

/** Account settings at `/account`: the profile, password, locale and email receipts. */
export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(accountFeature), provideEffects(accountEffects)],
    component: AccountPage,
    canDeactivate: [confirmLeavingUnsavedChanges],
  },
];
