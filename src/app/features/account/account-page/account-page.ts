import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Store } from '@ngrx/store';
import { IfFlag } from '../../../core/access/if-flag.directive';
import { countryName } from '../../../shared/forms/countries';
import { authFeature, selectConfigValue } from '../../../core/auth/state/auth.feature';
import { AddressForm } from '../address-form/address-form';
import { toLocaleTag } from '../account-api';
import { accountErrorMessage, localeName } from '../account-messages';
import { Address, NameChange, PasswordChange, ReceiptText } from '../account.model';
import { EmailForm } from '../email-form/email-form';
import { LocaleSwitcher } from '../locale-switcher/locale-switcher';
import { NameForm } from '../name-form/name-form';
import { PasswordForm } from '../password-form/password-form';
import { ReceiptSettingsForm } from '../receipt-settings-form/receipt-settings-form';
import { AccountPageActions } from '../state/account.actions';
import { accountFeature, selectHasMerchantProfile } from '../state/account.feature';
import { WithUnsavedChanges, warnBeforeUnload } from '../../../shared/forms/unsaved-changes';

const sameName = (a: NameChange, b: NameChange) =>
  a.firstName === b.firstName &&
  a.middleNameInitial === b.middleNameInitial &&
  a.lastName === b.lastName;

/**
 * Account settings: the profile (name and address per their flags), email, password, language
 * and region, and the organization's email receipts. Security answers are never shown.
 */
@Component({
  selector: 'mcm-account-page',
  imports: [
    IfFlag,
    MatButton,
    NameForm,
    EmailForm,
    AddressForm,
    PasswordForm,
    LocaleSwitcher,
    ReceiptSettingsForm,
  ],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage implements WithUnsavedChanges {
  private readonly store = inject(Store);
  private readonly nameForm = viewChild(NameForm);
  private readonly emailForm = viewChild(EmailForm);
  private readonly addressForm = viewChild(AddressForm);
  private readonly passwordForm = viewChild(PasswordForm);
  private readonly receiptForm = viewChild(ReceiptSettingsForm);

  protected readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  protected readonly merchant = this.store.selectSignal(selectHasMerchantProfile);
  protected readonly profile = this.store.selectSignal(accountFeature.selectProfile);
  protected readonly receipt = this.store.selectSignal(accountFeature.selectReceipt);
  private readonly profileError = this.store.selectSignal(accountFeature.selectProfileError);
  private readonly receiptError = this.store.selectSignal(accountFeature.selectReceiptError);
  protected readonly nameSave = this.store.selectSignal(accountFeature.selectNameSave);
  protected readonly emailSave = this.store.selectSignal(accountFeature.selectEmailSave);
  protected readonly addressSave = this.store.selectSignal(accountFeature.selectAddressSave);
  protected readonly passwordSave = this.store.selectSignal(accountFeature.selectPasswordSave);
  protected readonly localeSave = this.store.selectSignal(accountFeature.selectLocaleSave);
  protected readonly receiptSave = this.store.selectSignal(accountFeature.selectReceiptSave);
  private readonly availableLocales = this.store.selectSignal(
    selectConfigValue('account.locale.available_locales'),
  );

  protected readonly name = computed<NameChange>(
    () => {
      const user = this.user();
      return {
        firstName: user?.firstName ?? '',
        middleNameInitial: user?.middleNameInitial ?? '',
        lastName: user?.lastName ?? '',
      };
    },
    { equal: sameName },
  );
  protected readonly fullName = computed(() => {
    const { firstName, middleNameInitial, lastName } = this.name();
    return [firstName, middleNameInitial && `${middleNameInitial}.`, lastName]
      .filter(Boolean)
      .join(' ');
  });
  protected readonly email = computed(() => this.user()?.primaryEmail ?? '');
  protected readonly locales = computed(() => this.availableLocales().map(toLocaleTag));
  protected readonly countryName = countryName;
  protected readonly localeLabel = computed(() => localeName(this.locale(), this.locale()));
  protected readonly receiptText = computed<ReceiptText>(
    () => {
      const receipt = this.receipt();
      return { header: receipt?.header ?? '', footer: receipt?.footer ?? '' };
    },
    { equal: (a, b) => a.header === b.header && a.footer === b.footer },
  );
  protected readonly loadError = computed(() => {
    const error = this.profileError() ?? this.receiptError();
    return error ? accountErrorMessage(error) : null;
  });
  protected readonly profileLoading = computed(
    () => this.merchant() && !this.profile() && !this.profileError(),
  );
  protected readonly receiptLoading = computed(
    () => this.merchant() && !this.receipt() && !this.receiptError(),
  );

  constructor() {
    this.store.dispatch(AccountPageActions.opened());
    warnBeforeUnload(this);
  }

  /** One of the settings forms holds a change not saved yet. */
  hasUnsavedChanges(): boolean {
    const forms = [
      this.nameForm(),
      this.emailForm(),
      this.addressForm(),
      this.passwordForm(),
      this.receiptForm(),
    ];
    return forms.some((form) => form?.hasUnsavedChanges() ?? false);
  }

  protected retryLoading(): void {
    this.store.dispatch(AccountPageActions.retryClicked());
  }

  protected changeName(name: NameChange): void {
    this.store.dispatch(AccountPageActions.nameSubmitted({ name }));
  }

  protected changeEmail(primaryEmail: string): void {
    this.store.dispatch(AccountPageActions.emailSubmitted({ primaryEmail }));
  }

  protected changeAddress(address: Address): void {
    this.store.dispatch(AccountPageActions.addressSubmitted({ address }));
  }

  protected changePassword(password: PasswordChange): void {
    this.store.dispatch(AccountPageActions.passwordSubmitted({ password }));
  }

  protected changeLocale(locale: string): void {
    this.store.dispatch(AccountPageActions.localeSubmitted({ locale }));
  }

  protected saveReceiptSettings(receipt: ReceiptText): void {
    this.store.dispatch(AccountPageActions.receiptSettingsSubmitted({ receipt }));
  }
}
