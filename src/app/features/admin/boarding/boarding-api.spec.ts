import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { BOARDING_SERVER_FIELDS, BoardingApi, BoardingDraft } from './boarding-api';
import { BOARDED_DTO } from '../../../../testing/fixtures/admin-boarding';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { HARBOUR_ADDRESS_BODY, HARBOUR_BANK_ACCOUNT_BODY } from './boarding.testing';

const ORGANIZATIONS = 'https://api.example.com/WSAPI/Organizations';

const DRAFT: BoardingDraft = {
  name: 'Harbour Bakery',
  processor: 'Moneris',
  country: 'CA',
  parentOrganizationId: null,
  billing: {
    contactName: 'Ana Silva',
    email: 'ana@harbour.example',
    phone: '416 555 0142',
    address: {
      line1: '1 Front Street W',
      line2: '',
      city: 'Toronto',
      region: 'ON',
      postalCode: 'M5J 2N8',
      country: 'CA',
    },
    bankAccount: {
      accountHolder: 'Harbour Bakery Inc.',
      routingNumber: '000112345',
      accountNumber: '98765432',
    },
  },
};

describe('BoardingApi', () => {
  let api: BoardingApi;
  let backend: HttpTestingController;
  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(BoardingApi)));
  afterEach(() => backend.verify());

  it('POSTs the merchant with its billing and bank account, and reads the new organization', async () => {
    const result = firstValueFrom(api.board(DRAFT, 'boarding-key-1'));
    const request = backend.expectOne(ORGANIZATIONS);
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('Idempotency-Key')).toBe('boarding-key-1');
    expect(request.request.body).toEqual({
      name: 'Harbour Bakery',
      processor: 'Moneris',
      country: 'CA',
      billing: {
        contact_name: 'Ana Silva',
        email: 'ana@harbour.example',
        phone: '416 555 0142',
        address: HARBOUR_ADDRESS_BODY,
        bank_account: HARBOUR_BANK_ACCOUNT_BODY,
      },
    });
    request.flush({ organization: BOARDED_DTO }, { status: 201, statusText: 'Created' });
    const organization = await result;
    expect(organization.organizationId).toBe('42');
    expect(organization.chainId).toBe('700');
    expect(organization.storeId).toBe('3');
    expect(organization.terminalId).toBe('1');
    expect(organization.parent).toEqual({ organizationId: '20', name: 'Demo Parent Merchant' });
    expect(organization.processor?.name).toBe('Moneris');
  });

  it('names the parent only when one was chosen', () => {
    api.board({ ...DRAFT, parentOrganizationId: '20' }, 'boarding-key-2').subscribe();
    const request = backend.expectOne(ORGANIZATIONS);
    expect(request.request.body.parent_organization_id).toBe('20');
    request.flush({ organization: BOARDED_DTO });
  });

  it('maps the request’s field names onto the form’s controls', () => {
    expect(BOARDING_SERVER_FIELDS['name']).toBe('name');
    expect(BOARDING_SERVER_FIELDS['parent_organization_id']).toBe('parentOrganizationId');
    expect(BOARDING_SERVER_FIELDS['billing.address.postal_code']).toBe(
      'billing.address.postalCode',
    );
    expect(BOARDING_SERVER_FIELDS['billing.bank_account.account_number']).toBe(
      'billing.bankAccount.accountNumber',
    );
    expect(BOARDING_SERVER_FIELDS['billing.address.country']).toBe('country');
  });
});
