import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Provider } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { adminPageDriver } from '../admin-page-driver.testing';
import { refuse } from '../wsapi-refusal.testing';
import { BillingPage } from './billing-page';

/*
 * Shared set-up of the billing-page.*.spec.ts files; imported by those specs only.
 * What a spec asserts stays in the spec; the set-up only verifies, after each spec, that no
 * request was left unanswered.
 */

export const URL_20 = 'https://api.example.com/WSAPI/Organizations/20/Billing';
export const NEW_ACCOUNT = {
  account_holder: 'Jane Doe',
  routing_number: '011000015',
  account_last4: '6789',
};

/** An admin signed in with the `en_US` locale: whom the billing page specs sign in. */
const signedInAdmin = () =>
  provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } }));

/**
 * The BillingPage of organization 20, with the auth state `auth()` provides (an admin by default),
 * and the ways a spec reads and works it. Call it in a `describe`: `create()` is called by each
 * spec, `backend()` is that spec's backend, verified after each spec.
 */
export function billingPageTesting(auth: () => Provider[] = signedInAdmin) {
  let fixture: ComponentFixture<BillingPage>;
  let backend: HttpTestingController;
  let harnesses: HarnessLoader;
  afterEach(() => backend.verify());

  async function create(): Promise<HttpTestingController> {
    TestBed.configureTestingModule({
      imports: [BillingPage],
      providers: [provideWsapiTesting(), auth()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BillingPage);
    harnesses = TestbedHarnessEnvironment.loader(fixture);
    fixture.componentRef.setInput('organizationId', '20');
    await fixture.whenStable();
    return backend;
  }

  const { page, text, input, errors, settle, type, choose } = adminPageDriver(
    () => fixture,
    'billing-',
  );
  const button = (name: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === name,
    )!;
  async function click(name: string): Promise<void> {
    button(name).click();
    await settle();
  }
  /** The route moves to another merchant's billing. */
  async function openMerchant(organizationId: string): Promise<void> {
    fixture.componentRef.setInput('organizationId', organizationId);
    await settle();
  }
  async function loaded(dto: object = BILLING_DTO): Promise<void> {
    backend.expectOne(URL_20).flush({ billing: dto });
    await settle();
  }
  async function openBankAccount(): Promise<void> {
    page().querySelector<HTMLButtonElement>('mat-slide-toggle button')!.click();
    await settle();
  }
  const chooseCountry = (name: string) => choose('address-country', name);
  /** The page created, `dto` loaded (the stored billing by default), and Edit clicked. */
  async function edit(dto: object = BILLING_DTO): Promise<void> {
    await create();
    await loaded(dto);
    await click('Edit');
  }
  /** While editing: open the bank account and type a new one (Jane Doe, account 123456789). */
  async function typeNewAccount(routingNumber = '011000015'): Promise<void> {
    await openBankAccount();
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', routingNumber);
    await type('bankAccount-accountNumber', '123456789');
  }
  /** The save on its way is refused: a 400 about `field`, saying `message`. */
  async function refuseSave(field: string, message: string): Promise<void> {
    refuse(backend.expectOne(URL_20), field, message);
    await settle();
  }
  const bankAccountToggle = () =>
    harnesses.getHarness(MatSlideToggleHarness.with({ label: 'Change bank account' }));
  const bankAccountMessage = () => text('[data-testid="bank-account-message"]');

  return {
    create,
    backend: () => backend,
    page,
    text,
    input,
    button,
    errors,
    settle,
    type,
    click,
    loaded,
    openMerchant,
    openBankAccount,
    edit,
    typeNewAccount,
    refuseSave,
    chooseCountry,
    bankAccountToggle,
    bankAccountMessage,
  };
}
