import { HttpTestingController } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { BillingPage } from './billing-page';

const URL_20 = 'https://api.example.com/WSAPI/Organizations/20/Billing';
const NEW_ACCOUNT = {
  account_holder: 'Jane Doe',
  routing_number: '011000015',
  account_last4: '6789',
};

describe('BillingPage', () => {
  let fixture: ComponentFixture<BillingPage>;
  let backend: HttpTestingController;
  let harnesses: HarnessLoader;

  async function create(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [BillingPage],
      providers: [
        provideWsapiTesting(),
        provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } })),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BillingPage);
    harnesses = TestbedHarnessEnvironment.loader(fixture);
    fixture.componentRef.setInput('organizationId', '20');
    await fixture.whenStable();
  }
  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.trim() ?? '';
  const input = (id: string) => page().querySelector<HTMLInputElement>(`#billing-${id}`);
  const button = (name: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === name,
    )!;
  const errors = () =>
    [...page().querySelectorAll('mat-error')].map((e) => e.textContent?.trim() ?? '');
  const settle = () => fixture.whenStable();
  async function type(id: string, value: string): Promise<void> {
    input(id)!.value = value;
    input(id)!.dispatchEvent(new Event('input'));
    await settle();
  }
  async function click(name: string): Promise<void> {
    button(name).click();
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
  async function chooseCountry(name: string): Promise<void> {
    const select = await harnesses.getHarness(
      MatSelectHarness.with({ selector: '#billing-address-country' }),
    );
    await select.open();
    await select.clickOptions({ text: name });
    await settle();
  }
  const bankAccountToggle = () =>
    harnesses.getHarness(MatSlideToggleHarness.with({ label: 'Change bank account' }));
  const bankAccountMessage = () => text('[data-testid="bank-account-message"]');
  const invalid = (field: string, message: string) => ({
    error: { code: 'invalid_request', message, field },
  });

  it('shows the stored billing: the account by its last four only, and when it last changed', async () => {
    await create();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
    await loaded();
    expect(text('h2')).toBe('Billing');
    const details = text('[data-testid="billing-details"]');
    expect(details).toContain('Priya Raman');
    expect(details).toContain('billing@demo-parent.example');
    expect(details).toContain('250 Park Avenue South');
    expect(details).toContain('New York, NY 10003');
    expect(details).toContain('United States');
    expect(text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 4321 (routing 021000021, holder Demo Parent Merchant Inc.)',
    );
    expect(text('[data-testid="billing-updated"]')).toMatch(/^Last updated Nov 2[45], 2026/);
    expect(page().querySelector('mat-progress-bar')).toBeNull();
  });

  it('edits the phone: the PUT keeps the stored bank account, and the result is announced', async () => {
    await create();
    await loaded();
    await click('Edit');
    expect(document.activeElement).toBe(input('contactName'));
    expect(input('phone')!.value).toBe('+1 212 555 0188');
    expect(input('address-postalCode')!.value).toBe('10003');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(text('[data-testid="current-bank-account"]')).toContain('•••• 4321');

    await type('phone', '+1 212 555 0100 ');
    await click('Save');
    expect(button('Saving…').disabled).toBeTrue();
    const request = backend.expectOne(URL_20);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.phone).toBe('+1 212 555 0100');
    expect('bank_account' in request.request.body).toBeFalse();
    request.flush({
      billing: { ...BILLING_DTO, phone: '+1 212 555 0100', updated_at: '20261125090000' },
    });
    await settle();

    expect(text('[role="status"]')).toBe('The billing information was saved.');
    expect(document.activeElement).toBe(page().querySelector('[role="status"]'));
    expect(page().querySelector('form')).toBeNull();
    expect(text('[data-testid="billing-details"]')).toContain('+1 212 555 0100');
  });

  it('changes the bank account: empty fields, only the last four come back, the number is forgotten', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
    expect(input('bankAccount-routingNumber')!.value).toBe('');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');

    const request = backend.expectOne(URL_20);
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '011000015',
      account_number: '123456789',
    });
    request.flush({ billing: { ...BILLING_DTO, bank_account: NEW_ACCOUNT } });
    await settle();

    expect(text('[role="status"]')).toContain('now ends in 6789');
    expect(text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 6789 (routing 011000015, holder Jane Doe)',
    );
    expect(page().innerHTML).not.toContain('123456789');
    await click('Edit');
    await openBankAccount();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
  });

  it('refuses a routing number whose ABA check digit is wrong before sending anything', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000016');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend.expectNone(URL_20);
    expect(errors()).toEqual([
      'A US routing number is 9 digits with a valid ABA check digit; check it for typos.',
    ]);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));
  });

  it('shows a server field error at its field and keeps what was typed', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('address-postalCode', '10003-1234');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend
      .expectOne(URL_20)
      .flush(invalid('address.postal_code', 'This ZIP code is not in New York.'), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle();

    expect(errors()).toEqual(['This ZIP code is not in New York.']);
    expect(input('address-postalCode')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('address-postalCode'));
    expect(input('address-postalCode')!.value).toBe('10003-1234');
    // Kept so it need not be typed again; cleared on success or cancel.
    expect(input('bankAccount-accountNumber')!.value).toBe('123456789');
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(button('Save').disabled).toBeFalse();
  });

  it('maps a bank account field error onto the bank account fields', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend
      .expectOne(URL_20)
      .flush(invalid('bank_account.routing_number', 'This bank is not supported.'), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle();
    expect(errors()).toEqual(['This bank is not supported.']);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));
  });

  it('opens the bank account when the country changes, says why, and checks it for that country', async () => {
    await create();
    await loaded();
    await click('Edit');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();

    await chooseCountry('Canada');
    expect(await (await bankAccountToggle()).isChecked()).toBeTrue();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
    expect(input('bankAccount-routingNumber')!.value).toBe('');
    expect(bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    expect(input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );

    // Back to the stored country with nothing typed: closed again, nothing left behind.
    await chooseCountry('United States');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
    expect(await (await bankAccountToggle()).isChecked()).toBeFalse();

    // Once something is typed, going back keeps the fields (and what was typed) open.
    await chooseCountry('Canada');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '121000358');
    await type('bankAccount-accountNumber', '123456789');
    await type('address-region', 'ON');
    await type('address-postalCode', 'K1A 0B1');
    await click('Save');
    // A valid US routing number that does not fit Canada: refused before anything is sent.
    backend.expectNone(URL_20);
    expect(errors()).toEqual([
      'A Canadian routing number is 9 digits starting with 0 (0, institution, transit).',
    ]);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));

    await chooseCountry('United States');
    expect(bankAccountMessage()).toBe('');
    expect(input('bankAccount-accountNumber')!.value).toBe('123456789');
    await chooseCountry('Canada');
    await type('bankAccount-routingNumber', '000112345');
    await click('Save');
    const request = backend.expectOne(URL_20);
    expect(request.request.body.address).toEqual(
      jasmine.objectContaining({ country: 'CA', region: 'ON', postal_code: 'K1A 0B1' }),
    );
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '000112345',
      account_number: '123456789',
    });
  });

  it('leaves the bank account alone on a change of country when none is on file', async () => {
    await create();
    await loaded({ ...BILLING_DTO, bank_account: null });
    await click('Edit');
    await chooseCountry('Canada');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
  });

  it('shows a bank_account refusal at the bank account: opened, said there, its first field focused', async () => {
    await create();
    await loaded();
    await click('Edit');
    await chooseCountry('Canada');
    // The user closes the fields again and tries to keep the stored account.
    await (await bankAccountToggle()).toggle();
    await settle();
    expect(input('bankAccount-accountNumber')).toBeNull();
    await type('address-region', 'ON');
    await type('address-postalCode', 'K1A 0B1');
    await click('Save');
    const refused = backend.expectOne(URL_20);
    expect('bank_account' in refused.request.body).toBeFalse();
    refused.flush(
      invalid('bank_account', 'The bank account must be entered again when the country changes.'),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(await (await bankAccountToggle()).isChecked()).toBeTrue();
    expect(bankAccountMessage()).toBe(
      'The bank account must be entered again when the country changes.',
    );
    expect(
      page()
        .querySelector('[data-testid="bank-account-message"]')!
        .classList.contains('billing-fields__notice--error'),
    ).toBeTrue();
    expect(document.activeElement).toBe(input('bankAccount-accountHolder'));
    expect(input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(input('address-postalCode')!.value).toBe('K1A 0B1');

    await type('bankAccount-accountHolder', 'Jane Doe');
    expect(bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    await type('bankAccount-routingNumber', '000112345');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    const request = backend.expectOne(URL_20);
    expect(request.request.body.bank_account.routing_number).toBe('000112345');
    request.flush({
      billing: {
        ...BILLING_DTO,
        address: { ...BILLING_DTO.address, region: 'ON', postal_code: 'K1A 0B1', country: 'CA' },
        bank_account: { ...NEW_ACCOUNT, routing_number: '000112345' },
      },
    });
    await settle();
    expect(text('[role="status"]')).toContain('now ends in 6789');
    expect(text('[data-testid="billing-details"]')).toContain('Canada');
  });

  it('shows other failures in an alert; Cancel goes back to what is stored', async () => {
    await create();
    await loaded();
    await click('Edit');
    await type('phone', '555 0199 000');
    await click('Save');
    backend.expectOne(URL_20).flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text('[role="alert"]')).toBe(
      'Saving the billing information failed: the server had a problem (HTTP 500). Please try again in a moment.',
    );
    expect(input('phone')!.value).toBe('555 0199 000');

    await click('Cancel');
    expect(page().querySelector('form')).toBeNull();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(text('[data-testid="billing-details"]')).toContain('+1 212 555 0188');
    expect(document.activeElement).toBe(page().querySelector('#billing-edit'));
  });

  it('says when loading failed, and tries again', async () => {
    await create();
    backend.expectOne(URL_20).flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(text('[role="alert"] p')).toBe(
      'Loading the billing information failed: the service is unavailable right now. Please try again in a moment.',
    );
    expect(page().querySelector('[data-testid="billing-details"]')).toBeNull();
    await click('Try again');
    await loaded({ ...BILLING_DTO, bank_account: null, updated_at: null });
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(text('[data-testid="billing-bank-account"]')).toBe('None on file');
    expect(page().querySelector('[data-testid="billing-updated"]')).toBeNull();
  });
});
