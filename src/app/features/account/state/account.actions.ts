import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import {
  AccountSection,
  Address,
  NameChange,
  PasswordChange,
  Profile,
  ReceiptSettings,
  ReceiptText,
} from '../account.model';

export const AccountPageActions = createActionGroup({
  source: 'Account Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Name Submitted': props<{ name: NameChange }>(),
    'Email Submitted': props<{ primaryEmail: string }>(),
    'Address Submitted': props<{ address: Address }>(),
    /** `password` is masked by the devtools sanitizer and never reaches state. */
    'Password Submitted': props<{ password: PasswordChange }>(),
    'Locale Submitted': props<{ locale: string }>(),
    'Receipt Settings Submitted': props<{ receipt: ReceiptText }>(),
  },
});

/** The server's answers. The session's own copy of the profile follows `Profile Saved`. */
export const AccountApiActions = createActionGroup({
  source: 'Account API',
  events: {
    'Profile Loaded': props<{ profile: Profile }>(),
    'Profile Load Failed': props<{ error: WsapiError }>(),
    'Receipt Settings Loaded': props<{ settings: ReceiptSettings }>(),
    'Receipt Settings Load Failed': props<{ error: WsapiError }>(),
    'Profile Saved': props<{ section: 'name' | 'address' | 'locale'; profile: Profile }>(),
    'Email Saved': props<{ primaryEmail: string }>(),
    'Password Changed': emptyProps(),
    'Receipt Settings Saved': props<{ settings: ReceiptSettings }>(),
    'Save Failed': props<{ section: AccountSection; error: WsapiError }>(),
  },
});
