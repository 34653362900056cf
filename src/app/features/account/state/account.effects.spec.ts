import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { signedInState } from '../../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { AuthState, authFeature } from '../../../core/auth/state/auth.feature';
import { AccountPageActions } from './account.actions';
import * as accountEffects from './account.effects';
import { accountFeature, initialAccountState } from './account.feature';

const WSAPI = 'https://api.example.com/WSAPI';

const profileDto = (changes: Record<string, unknown> = {}) => ({
  user_name: 'merchant',
  first_name: 'Morgan',
  middle_name_initial: '',
  last_name: 'Merchant',
  title: 'Owner',
  primary_email: 'merchant@example.com',
  cell_phone: '',
  work_phone: '',
  other_phone: '',
  locale: 'en-US',
  address: null,
  ...changes,
});

describe('account effects', () => {
  let store: Store;
  let backend: HttpTestingController;

  function setUp(auth: AuthState = signedInState()): void {
    TestBed.configureTestingModule({
      providers: [
        provideWsapiTesting(),
        provideStore(
          {
            [authFeature.name]: authFeature.reducer,
            [accountFeature.name]: accountFeature.reducer,
          },
          { initialState: { auth, account: initialAccountState } },
        ),
        provideEffects(accountEffects),
      ],
    });
    store = TestBed.inject(Store);
    backend = TestBed.inject(HttpTestingController);
  }
  afterEach(() => backend.verify());

  const user = () => store.selectSignal(authFeature.selectUser)()!;
  const account = () => store.selectSignal(accountFeature.selectAccountState)();

  it('opening the page loads the profile and the receipt settings', () => {
    setUp();
    store.dispatch(AccountPageActions.opened());
    backend
      .expectOne({ method: 'GET', url: `${WSAPI}/Users/Profile` })
      .flush(profileDto({ address: { line1: '1 Main St', city: 'X', country: 'US' } }));
    backend
      .expectOne({ method: 'GET', url: `${WSAPI}/Merchants/Current/ReceiptSettings` })
      .flush({ header: 'Thanks', footer: '', editable: true, show_tax: true });
    expect(account().profile?.address?.line1).toBe('1 Main St');
    expect(account().receipt?.header).toBe('Thanks');
  });

  it('asks nothing of the merchant resources for a system organization', () => {
    const merchant = signedInState();
    setUp({
      ...merchant,
      account: {
        ...merchant.account!,
        organization: { ...merchant.account!.organization, organizationType: 'system' },
      },
    });
    store.dispatch(AccountPageActions.opened());
    backend.expectNone(`${WSAPI}/Users/Profile`);
    backend.expectNone(`${WSAPI}/Merchants/Current/ReceiptSettings`);
    expect(account().profile).toBeNull();
  });

  it('a saved name reaches the session (toolbar) and the page', () => {
    setUp();
    store.dispatch(
      AccountPageActions.nameSubmitted({
        name: { firstName: 'Mo', middleNameInitial: 'J', lastName: 'Trader' },
      }),
    );
    expect(account().saves.name.status).toBe('saving');
    const put = backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Name` });
    expect(put.request.body).toEqual({
      first_name: 'Mo',
      middle_name_initial: 'J',
      last_name: 'Trader',
    });
    put.flush(profileDto({ first_name: 'Mo', middle_name_initial: 'J', last_name: 'Trader' }));
    expect(user().firstName).toBe('Mo');
    expect(user().middleNameInitial).toBe('J');
    expect(user().lastName).toBe('Trader');
    expect(account().saves.name.status).toBe('saved');
  });

  it('a saved locale changes the session’s locale, so amounts and dates follow', () => {
    setUp();
    store.dispatch(AccountPageActions.localeSubmitted({ locale: 'en-CA' }));
    backend
      .expectOne({ method: 'PUT', url: `${WSAPI}/Users/Locale` })
      .flush(profileDto({ locale: 'en-CA' }));
    expect(store.selectSignal(authFeature.selectLocale)()).toBe('en-CA');
  });

  it('a saved email changes the session’s address', () => {
    setUp();
    store.dispatch(AccountPageActions.emailSubmitted({ primaryEmail: 'new@example.com' }));
    backend
      .expectOne({ method: 'PUT', url: `${WSAPI}/Users/Email` })
      .flush({ account_flags: {}, primary_email: 'new@example.com' });
    expect(user().primaryEmail).toBe('new@example.com');
  });

  it('a saved address leaves the session’s profile alone', () => {
    setUp();
    const before = user();
    store.dispatch(
      AccountPageActions.addressSubmitted({
        address: {
          line1: '1 Main St',
          line2: '',
          city: 'Springfield',
          region: '',
          postalCode: '62701',
          country: 'US',
        },
      }),
    );
    backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Address` }).flush(profileDto());
    expect(user()).toBe(before);
    expect(account().saves.address.status).toBe('saved');
  });

  it('a refused name (403 when the flag is off) is a failed save, the session unchanged', () => {
    setUp();
    store.dispatch(
      AccountPageActions.nameSubmitted({
        name: { firstName: 'Mo', middleNameInitial: '', lastName: 'Trader' },
      }),
    );
    backend
      .expectOne(`${WSAPI}/Users/Name`)
      .flush(
        { error: { code: 'forbidden', message: 'Not allowed.' } },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(account().saves.name).toEqual({
      status: 'failed',
      error: { kind: 'forbidden', code: 'forbidden' },
    });
    expect(user().firstName).toBe(signedInState().account!.user.firstName);
  });

  it('a wrong current password is a field error; no password is kept anywhere', () => {
    setUp();
    store.dispatch(
      AccountPageActions.passwordSubmitted({
        password: { current: 'Wrong-secret-1', next: 'Brand-new-secret-2026' },
      }),
    );
    backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Password` }).flush(
      {
        error: {
          code: 'invalid_request',
          message: 'The current password is incorrect.',
          field: 'current_password',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(account().saves.password.error).toEqual({
      kind: 'invalid-request',
      code: 'invalid_request',
      field: 'current_password',
      message: 'The current password is incorrect.',
    });
    expect(JSON.stringify(account())).not.toContain('secret');
  });

  it('ignores a second submit while the first is on its way', () => {
    setUp();
    const submit = () =>
      store.dispatch(
        AccountPageActions.receiptSettingsSubmitted({ receipt: { header: 'H', footer: 'F' } }),
      );
    submit();
    submit();
    const puts = backend.match(`${WSAPI}/Merchants/Current/ReceiptSettings`);
    expect(puts.length).toBe(1);
    puts[0].flush({ header: 'H', footer: 'F', editable: true, show_tax: true });
    expect(account().receipt).toEqual({ header: 'H', footer: 'F', editable: true, showTax: true });
  });
});
