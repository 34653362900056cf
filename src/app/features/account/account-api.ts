import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { flag, optionalRecord, record, text } from '../../core/wsapi/dto-readers';
import { toUserContact } from '../../core/wsapi/user-contact';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { postalAddressBody, toPostalAddress } from '../../core/wsapi/postal-address';
import {
  Address,
  NameChange,
  PasswordChange,
  Profile,
  ReceiptSettings,
  ReceiptText,
} from './account.model';

// The vendor-style JSON of the account-settings resources, as sent (snake_case, loose types).
type Dto = Partial<Record<string, unknown>> | null;

export const USERS_PROFILE_RESOURCE = '/Users/Profile';
export const USERS_NAME_RESOURCE = '/Users/Name';
export const USERS_ADDRESS_RESOURCE = '/Users/Address';
export const USERS_LOCALE_RESOURCE = '/Users/Locale';
export const USERS_EMAIL_RESOURCE = '/Users/Email';
export const USERS_PASSWORD_RESOURCE = '/Users/Password';
export const RECEIPT_SETTINGS_RESOURCE = '/Merchants/Current/ReceiptSettings';

/**
 * The WSAPI resources behind account settings. The interceptors add the Roam headers and the
 * token; failures reach the caller as HTTP errors for `toWsapiError`.
 */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  profile(): Observable<Profile> {
    return defer(() => this.http.get<Dto>(this.url(USERS_PROFILE_RESOURCE))).pipe(map(toProfile));
  }

  changeName({ firstName, middleNameInitial, lastName }: NameChange): Observable<Profile> {
    return this.put(USERS_NAME_RESOURCE, {
      first_name: firstName,
      middle_name_initial: middleNameInitial,
      last_name: lastName,
    }).pipe(map(toProfile));
  }

  changeAddress(address: Address): Observable<Profile> {
    return this.put(USERS_ADDRESS_RESOURCE, postalAddressBody(address)).pipe(map(toProfile));
  }

  changeLocale(locale: string): Observable<Profile> {
    return this.put(USERS_LOCALE_RESOURCE, { locale }).pipe(map(toProfile));
  }

  /** The address the server kept (trimmed). */
  changeEmail(primaryEmail: string): Observable<string> {
    return this.put(USERS_EMAIL_RESOURCE, { primary_email: primaryEmail }).pipe(
      map((dto) => text(dto?.['primary_email']) || primaryEmail),
    );
  }

  changePassword({ current, next }: PasswordChange): Observable<void> {
    return this.put(USERS_PASSWORD_RESOURCE, {
      current_password: current,
      new_password: next,
    }).pipe(map(() => undefined));
  }

  receiptSettings(): Observable<ReceiptSettings> {
    return defer(() => this.http.get<Dto>(this.url(RECEIPT_SETTINGS_RESOURCE))).pipe(
      map(toReceiptSettings),
    );
  }

  saveReceiptSettings({ header, footer }: ReceiptText): Observable<ReceiptSettings> {
    return this.put(RECEIPT_SETTINGS_RESOURCE, { header, footer }).pipe(map(toReceiptSettings));
  }

  private put(resource: string, body: object): Observable<Dto> {
    return defer(() => this.http.put<Dto>(this.url(resource), body));
  }
}

/** `en_CA` and `en-CA` are the same locale: the portal keeps BCP 47 tags. */
export const toLocaleTag = (value: string): string => value.trim().replace('_', '-');

/** Only the fields account settings shows; anything else the server sends is dropped. */
export function toProfile(dto: Dto): Profile {
  const address = optionalRecord(dto?.['address']);
  return {
    ...toUserContact(record(dto)),
    locale: toLocaleTag(text(dto?.['locale'])),
    address: address && toPostalAddress(address),
  };
}

function toReceiptSettings(dto: Dto): ReceiptSettings {
  return {
    header: text(dto?.['header']),
    footer: text(dto?.['footer']),
    editable: flag(dto?.['editable']),
    showTax: flag(dto?.['show_tax']),
  };
}
