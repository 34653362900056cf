import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BOARDED_DTO } from '../../../../testing/fixtures/admin-boarding';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { adminPageDriver } from '../admin-page-driver.testing';
import { BoardingPage } from './boarding-page';
import { refuse } from '../wsapi-refusal.testing';
import { HARBOUR_ADDRESS_BODY, HARBOUR_BANK_ACCOUNT_BODY } from './boarding.testing';

const ORGANIZATIONS = 'https://api.example.com/WSAPI/Organizations';
const admin = signedInState({ user: { isAdmin: true } });
const sysAdmin = signedInState({ user: { isSysAdmin: true } });

describe('BoardingPage', () => {
  let fixture: ComponentFixture<BoardingPage>;
  let backend: HttpTestingController;

  async function create(auth = admin): Promise<void> {
    TestBed.configureTestingModule({
      imports: [BoardingPage],
      providers: [provideRouter([]), provideWsapiTesting(), provideAuthState(auth)],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BoardingPage);
    await fixture.whenStable();
  }
  afterEach(() => backend.verify());

  const { page, text, input, errors, settle, type, choose } = adminPageDriver(() => fixture);
  const labels = () => [...page().querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
  }
  /** A Canadian merchant, every field valid. */
  async function fillCanadianMerchant(): Promise<void> {
    await type('boarding-name', ' Harbour Bakery ');
    await choose('boarding-processor', /^Moneris/);
    await choose('boarding-country', 'Canada');
    await type('billing-contactName', 'Ana Silva');
    await type('billing-email', 'ana@harbour.example');
    await type('billing-phone', '416 555 0142');
    await type('billing-address-line1', '1 Front Street W');
    await type('billing-address-city', 'Toronto');
    await type('billing-address-region', 'ON');
    await type('billing-address-postalCode', 'M5J 2N8');
    await type('billing-bankAccount-accountHolder', 'Harbour Bakery Inc.');
    await type('billing-bankAccount-routingNumber', '000112345');
    await type('billing-bankAccount-accountNumber', '98765432');
  }

  it('an admin boards a submerchant of their own organization and sees its ids', async () => {
    await create();
    expect(text('h1')).toBe('Board a merchant');
    expect(text('[data-testid="boarding-scope"]')).toContain('your organization (organization 8)');
    expect(input('boarding-parentOrganizationId')).toBeNull();
    expect(labels()).toContain('State');
    expect(labels()).toContain('ZIP code');
    // The bank account is required here: its fields are open, with no toggle.
    expect(page().querySelector('mat-slide-toggle')).toBeNull();

    await fillCanadianMerchant();
    expect(labels()).toContain('Province');
    expect(labels()).toContain('Postal code');
    await submit();
    expect(page().querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBeTrue();

    const request = backend.expectOne(ORGANIZATIONS);
    expect(request.request.method).toBe('POST');
    const body = request.request.body;
    expect(body.name).toBe('Harbour Bakery');
    expect(body.processor).toBe('Moneris');
    expect(body.country).toBe('CA');
    expect('parent_organization_id' in body).toBeFalse();
    expect(body.billing.address).toEqual(HARBOUR_ADDRESS_BODY);
    expect(body.billing.bank_account).toEqual(HARBOUR_BANK_ACCOUNT_BODY);
    request.flush({ organization: BOARDED_DTO }, { status: 201, statusText: 'Created' });
    await settle();

    expect(text('[role="status"]')).toBe('Harbour Bakery was boarded.');
    const result = text('[data-testid="boarding-result"]');
    expect(result).toMatch(/Organization id\s*42/);
    expect(result).toMatch(/Chain id\s*700/);
    expect(result).toMatch(/Store id\s*3/);
    expect(result).toMatch(/Terminal id\s*1/);
    expect(result).toContain('Demo Parent Merchant (20)');
    expect(document.activeElement).toBe(page().querySelector('#boarded-title'));
    const open = page().querySelector<HTMLAnchorElement>('[data-testid="boarding-result"] a')!;
    expect(open.textContent?.trim()).toBe('Open Harbour Bakery');
    expect(open.getAttribute('href')).toBe('/admin/merchants/42');
    expect(page().querySelector('form')).toBeNull();

    [...page().querySelectorAll('button')].find((b) => b.textContent?.includes('another'))!.click();
    await settle();
    expect(input('boarding-name')!.value).toBe('');
    expect(input('billing-bankAccount-accountNumber')!.value).toBe('');
    expect(document.activeElement).toBe(input('boarding-name'));
  });

  it('checks everything before sending, and focuses the first problem', async () => {
    await create();
    await type('billing-address-postalCode', 'K1A 0B1');
    await type('billing-bankAccount-routingNumber', '000112345');
    await submit();
    backend.expectNone(ORGANIZATIONS);
    expect(document.activeElement).toBe(input('boarding-name'));
    const shown = errors();
    expect(shown).toContain('Enter the merchant’s name.');
    expect(shown).toContain('Choose the processor.');
    expect(shown).toContain('Enter the billing contact’s name.');
    expect(shown).toContain('A US ZIP code looks like 12345 or 12345-6789.');
    expect(shown).toContain(
      'A US routing number is 9 digits with a valid ABA check digit; check it for typos.',
    );
    expect(shown).toContain('Enter the account number.');

    // Canada accepts both, since the country also drives the billing rules.
    await choose('boarding-country', 'Canada');
    expect(errors()).not.toContain('A US ZIP code looks like 12345 or 12345-6789.');
    expect(input('billing-address-postalCode')!.getAttribute('aria-invalid')).toBe('false');
    expect(input('billing-bankAccount-routingNumber')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a taken name on the name field, keeping everything typed', async () => {
    await create();
    await fillCanadianMerchant();
    await submit();
    refuse(
      backend.expectOne(ORGANIZATIONS),
      'name',
      'Another organization already has this name.',
      409,
    );
    await settle();
    expect(errors()).toEqual(['Another organization already has this name.']);
    expect(document.activeElement).toBe(input('boarding-name'));
    expect(input('boarding-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(input('boarding-name')!.value).toBe(' Harbour Bakery ');
    expect(input('billing-address-postalCode')!.value).toBe('M5J 2N8');
    expect(input('billing-bankAccount-accountNumber')!.value).toBe('98765432');
    expect(page().querySelector('[role="alert"]')).toBeNull();

    // A new name clears the server's message; the form can be sent again.
    await type('boarding-name', 'Harbour Bakery East');
    expect(errors()).toEqual([]);
    await submit();
    backend.expectOne(ORGANIZATIONS).flush({ organization: BOARDED_DTO });
    await settle();
    expect(page().querySelector('[data-testid="boarding-result"]')).not.toBeNull();
  });

  it('a resend after a lost answer reuses the key; an edit or a success renews it', async () => {
    await create();
    await fillCanadianMerchant();
    await submit();
    const first = backend.expectOne(ORGANIZATIONS);
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{32,36}$/);
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    await submit();
    const resend = backend.expectOne(ORGANIZATIONS);
    expect(resend.request.headers.get('Idempotency-Key')).toBe(key);
    resend.flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    await type('boarding-name', 'Harbour Bakery West');
    await submit();
    const edited = backend.expectOne(ORGANIZATIONS);
    const editedKey = edited.request.headers.get('Idempotency-Key');
    expect(editedKey).not.toBe(key);
    edited.flush({ organization: BOARDED_DTO });
    await settle();
    expect(page().querySelector('[data-testid="boarding-result"]')).not.toBeNull();
  });

  it('puts a billing field error on its field, and a country error on the country', async () => {
    await create();
    await fillCanadianMerchant();
    await submit();
    refuse(backend.expectOne(ORGANIZATIONS), 'billing.phone', 'Not a number we can reach.');
    await settle();
    expect(errors()).toEqual(['Not a number we can reach.']);
    expect(document.activeElement).toBe(input('billing-phone'));
  });

  it('says so when the admin’s organization may not board submerchants', async () => {
    await create();
    await fillCanadianMerchant();
    await submit();
    backend
      .expectOne(ORGANIZATIONS)
      .flush(
        { error: { code: 'forbidden', message: 'Forbidden.' } },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    expect(text('[role="alert"]')).toContain(
      'your organization is not allowed to board submerchants',
    );
    expect(input('boarding-name')!.value).toBe(' Harbour Bakery ');
  });

  it('a sys admin may name a parent organization (digits only) or none', async () => {
    await create(sysAdmin);
    expect(page().querySelector('[data-testid="boarding-scope"]')).toBeNull();
    await fillCanadianMerchant();
    await type('boarding-parentOrganizationId', 'org-20');
    await submit();
    backend.expectNone(ORGANIZATIONS);
    expect(errors()).toEqual([
      'An organization id is digits only, like 20; leave it empty for a top-level merchant.',
    ]);
    expect(document.activeElement).toBe(input('boarding-parentOrganizationId'));

    await type('boarding-parentOrganizationId', ' 20 ');
    await submit();
    const request = backend.expectOne(ORGANIZATIONS);
    expect(request.request.body.parent_organization_id).toBe('20');
    request.flush(
      { error: { code: 'not_found', message: 'Not found.' } },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text('[role="alert"]')).toBe(
      'This parent organization does not exist or is not one you administer.',
    );
  });
});
