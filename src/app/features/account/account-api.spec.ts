import { HttpTestingController } from '@angular/common/http/testing';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { AccountApi, toProfile } from './account-api';
import { ADDRESS } from './account.testing';

const WSAPI = 'https://api.example.com/WSAPI';

describe('AccountApi', () => {
  let api: AccountApi;
  let backend: HttpTestingController;

  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(AccountApi)));
  afterEach(() => backend.verify());

  it('maps the profile, its address and locale, and nothing else it was sent', () => {
    let profile: unknown;
    api.profile().subscribe((value) => (profile = value));
    backend.expectOne({ method: 'GET', url: `${WSAPI}/Users/Profile` }).flush({
      user_name: 'canada',
      first_name: 'Camille',
      middle_name_initial: '',
      last_name: 'Canada',
      title: 'Owner',
      primary_email: 'canada@example.com',
      cell_phone: '1151151160',
      work_phone: '1001001000',
      other_phone: '',
      locale: 'en_CA',
      address: {
        line1: '1 Bay St',
        line2: '',
        city: 'Toronto',
        region: 'ON',
        postal_code: 'M5J 2N8',
        country: 'CA',
      },
      available_locales: ['en-CA'],
      security_questions: [{ id: '13', question: 'Friend?', answer: 'testAnswer' }],
    });
    expect(profile).toEqual({
      userName: 'canada',
      title: 'Owner',
      firstName: 'Camille',
      middleNameInitial: '',
      lastName: 'Canada',
      primaryEmail: 'canada@example.com',
      cellPhone: '1151151160',
      workPhone: '1001001000',
      otherPhone: '',
      locale: 'en-CA',
      address: {
        line1: '1 Bay St',
        line2: '',
        city: 'Toronto',
        region: 'ON',
        postalCode: 'M5J 2N8',
        country: 'CA',
      },
    });
    expect(JSON.stringify(profile)).not.toContain('testAnswer');
  });

  it('reads a missing or malformed profile as empty text and no address', () => {
    expect(toProfile({ first_name: 7, address: 'somewhere' })).toEqual(
      jasmine.objectContaining({ firstName: '', address: null, locale: '' }),
    );
  });

  it('sends the name, address and locale in the WSAPI’s field names', () => {
    api.changeName({ firstName: 'Ann', middleNameInitial: 'B', lastName: 'Lee' }).subscribe();
    expect(backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Name` }).request.body).toEqual({
      first_name: 'Ann',
      middle_name_initial: 'B',
      last_name: 'Lee',
    });

    api.changeAddress(ADDRESS).subscribe();
    expect(
      backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Address` }).request.body,
    ).toEqual({
      line1: '1 Main St',
      line2: '',
      city: 'Springfield',
      region: 'IL',
      postal_code: '62701',
      country: 'US',
    });

    api.changeLocale('en-CA').subscribe();
    expect(backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Locale` }).request.body).toEqual(
      { locale: 'en-CA' },
    );
  });

  it('reads and saves the receipt settings', () => {
    let settings: unknown;
    api.receiptSettings().subscribe((value) => (settings = value));
    backend
      .expectOne({ method: 'GET', url: `${WSAPI}/Merchants/Current/ReceiptSettings` })
      .flush({ header: 'Hi', footer: 'Bye', editable: true, show_tax: false });
    expect(settings).toEqual({ header: 'Hi', footer: 'Bye', editable: true, showTax: false });

    api.saveReceiptSettings({ header: 'A\nB', footer: '' }).subscribe();
    const put = backend.expectOne({
      method: 'PUT',
      url: `${WSAPI}/Merchants/Current/ReceiptSettings`,
    });
    expect(put.request.body).toEqual({ header: 'A\nB', footer: '' });
    put.flush({ header: 'A\nB', footer: '', editable: true, show_tax: true });
  });

  it('sends a password change only to /Users/Password', () => {
    api.changePassword({ current: 'old', next: 'Brand-new-2026' }).subscribe();
    expect(
      backend.expectOne({ method: 'PUT', url: `${WSAPI}/Users/Password` }).request.body,
    ).toEqual({ current_password: 'old', new_password: 'Brand-new-2026' });
  });
});
