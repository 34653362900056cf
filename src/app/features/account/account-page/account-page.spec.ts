import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { PresetOptions, signedInState } from '../../../../testing/auth-presets';
import { AuthState } from '../../../core/auth/state/auth.feature';
import { profileFixture } from '../account.testing';
import { AccountPageActions } from '../state/account.actions';
import { AccountState, initialAccountState } from '../state/account.feature';
import { AccountPage } from './account-page';

const profile = profileFixture();

const loaded: AccountState = {
  ...initialAccountState,
  profile,
  receipt: { header: 'Thank you!', footer: 'Come again', editable: true, showTax: true },
};

describe('AccountPage', () => {
  let fixture: ComponentFixture<AccountPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function create(
    options: PresetOptions = {},
    account: AccountState = loaded,
    auth: AuthState = signedInState(options),
  ): Promise<void> {
    TestBed.configureTestingModule({
      imports: [AccountPage],
      providers: [provideMockStore({ initialState: { auth, account } })],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(AccountPage);
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const has = (selector: string) => page().querySelector(selector) !== null;
  /** The text of the element with `data-testid` `testId`; undefined when there is none. */
  const textOf = (testId: string) =>
    page().querySelector(`[data-testid="${testId}"]`)?.textContent ?? undefined;
  const input = (name: string) =>
    page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);

  it('says it was opened, and shows who is signed in', async () => {
    await create();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.opened());
    expect(textOf('profile-user-name')).toContain(signedInState().account!.user.userName);
    expect(page().querySelector('h1')?.textContent).toContain('Account settings');
  });

  it('with every flag on: name, address, email, password, locale and receipt forms', async () => {
    await create();
    expect(input('firstName')?.value).toBe(signedInState().account!.user.firstName);
    expect(input('line1')?.value).toBe('1 Main St');
    expect(input('primaryEmail')).not.toBeNull();
    expect(input('currentPassword')).not.toBeNull();
    expect(input('header')?.value).toBe('Thank you!');
    expect(has('mcm-locale-switcher')).toBeTrue();
  });

  it('without change_name the name is shown but cannot be edited', async () => {
    await create({ configuration: { 'account.permissions.change_name': false } });
    expect(input('firstName')).toBeNull();
    expect(has('[data-testid="name-read-only"]')).toBeTrue();
    expect(input('line1')).not.toBeNull();
  });

  it('without change_address the address is shown read-only', async () => {
    await create({ configuration: { 'account.permissions.change_address': false } });
    expect(input('line1')).toBeNull();
    expect(textOf('address-read-only')).toContain('1 Main St');
    expect(textOf('address-read-only')).toContain('United States');
    expect(input('firstName')).not.toBeNull();
  });

  it('without edit_email_receipt the receipt text is shown, not a form', async () => {
    await create({ configuration: { 'account.permissions.edit_email_receipt': false } });
    expect(input('header')).toBeNull();
    expect(textOf('receipt-read-only')).toContain('Thank you!');
  });

  it('offers the configured locales, the current one selected', async () => {
    await create({ configuration: { 'account.locale.available_locales': 'en_US, en_CA' } });
    const select = page().querySelector<HTMLSelectElement>('select[name="locale"]')!;
    const options = [...select.options].map((option) => option.value);
    expect(options).toEqual(['en-US', 'en-CA']);
    expect(select.value).toBe('en-US');

    select.value = 'en-CA';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    page().querySelector<HTMLButtonElement>('mcm-locale-switcher button[type="submit"]')!.click();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.localeSubmitted({ locale: 'en-CA' }));
  });

  it('shows the security questions, never an answer', async () => {
    await create();
    const text = page().querySelector('[data-testid="security-questions"]')?.textContent ?? '';
    expect(text).toContain('favorite childhood friend');
    expect(page().textContent).not.toContain('testAnswer');
  });

  it('a failed load is an alert with a retry', async () => {
    await create({}, { ...initialAccountState, profileError: { kind: 'network' } });
    const alert = page().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not reach the server');
    alert!.querySelector('button')!.click();
    expect(dispatch).toHaveBeenCalledWith(AccountPageActions.retryClicked());
  });

  it('a system organization gets the password form but no merchant settings', async () => {
    const merchant = signedInState();
    await create({}, initialAccountState, {
      ...merchant,
      account: {
        ...merchant.account!,
        organization: { ...merchant.account!.organization, organizationType: 'system' },
      },
    });
    expect(input('currentPassword')).not.toBeNull();
    expect(input('firstName')).toBeNull();
    expect(input('line1')).toBeNull();
    expect(has('mcm-locale-switcher')).toBeFalse();
    expect(page().textContent).not.toContain('Loading');
  });
});
