import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { BillingApi } from './billing-api';
import { BillingDraft } from './billing.model';
import { BILLING } from './billing.testing';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';

const URL_20 = 'https://api.example.com/WSAPI/Organizations/20/Billing';

const DRAFT: BillingDraft = {
  contactName: BILLING.contactName,
  email: BILLING.email,
  phone: '+1 212 555 0100',
  address: { ...BILLING.address, line2: '', country: 'US' },
};

describe('BillingApi', () => {
  let api: BillingApi;
  let backend: HttpTestingController;
  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(BillingApi)));
  afterEach(() => backend.verify());

  it('reads a merchant’s billing information into the portal’s model', async () => {
    const result = firstValueFrom(api.get('20'));
    const request = backend.expectOne(URL_20);
    expect(request.request.method).toBe('GET');
    request.flush({ billing: BILLING_DTO });
    expect(await result).toEqual({
      ...BILLING,
      updatedAt: new Date(Date.UTC(2026, 10, 24, 15, 30, 0)),
    });
  });

  it('never keeps a full account number, even if one were sent', async () => {
    const result = firstValueFrom(api.get('20'));
    backend.expectOne(URL_20).flush({
      billing: {
        ...BILLING_DTO,
        bank_account: { ...BILLING_DTO.bank_account, account_number: '9876544321' },
      },
    });
    const billing = await result;
    expect(JSON.stringify(billing)).not.toContain('9876544321');
    expect(Object.keys(billing.bankAccount!).sort()).toEqual([
      'accountHolder',
      'accountLast4',
      'routingNumber',
    ]);
  });

  it('reads a missing bank account, a never-changed record and odd values safely', async () => {
    const result = firstValueFrom(api.get('1'));
    backend.expectOne('https://api.example.com/WSAPI/Organizations/1/Billing').flush({
      billing: {
        ...BILLING_DTO,
        organization_id: 1,
        bank_account: null,
        updated_at: null,
        address: { ...BILLING_DTO.address, country: 'FR' },
      },
    });
    const billing = await result;
    expect(billing.organizationId).toBe('1');
    expect(billing.bankAccount).toBeNull();
    expect(billing.updatedAt).toBeNull();
    expect(billing.address.country).toBe('');
  });

  it('encodes the organization id in the URL', () => {
    api.get('a/b').subscribe();
    const request = backend.expectOne('https://api.example.com/WSAPI/Organizations/a%2Fb/Billing');
    expect(request.request.method).toBe('GET');
    request.flush({});
  });

  it('PUTs the body without bank_account when the account is unchanged', async () => {
    const result = firstValueFrom(api.update('20', DRAFT));
    const request = backend.expectOne(URL_20);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      contact_name: 'Priya Raman',
      email: 'billing@demo-parent.example',
      phone: '+1 212 555 0100',
      address: {
        line1: '250 Park Avenue South',
        line2: '',
        city: 'New York',
        region: 'NY',
        postal_code: '10003',
        country: 'US',
      },
    });
    expect('bank_account' in request.request.body).toBeFalse();
    request.flush({ billing: { ...BILLING_DTO, phone: '+1 212 555 0100' } });
    expect((await result).phone).toBe('+1 212 555 0100');
  });

  it('PUTs a new bank account with its full number; the answer keeps only the last four', async () => {
    const result = firstValueFrom(
      api.update('20', {
        ...DRAFT,
        bankAccount: {
          accountHolder: 'Jane Doe',
          routingNumber: '011000015',
          accountNumber: '123456789',
        },
      }),
    );
    const request = backend.expectOne(URL_20);
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '011000015',
      account_number: '123456789',
    });
    request.flush({
      billing: {
        ...BILLING_DTO,
        bank_account: {
          account_holder: 'Jane Doe',
          routing_number: '011000015',
          account_last4: '6789',
        },
      },
    });
    const billing = await result;
    expect(billing.bankAccount?.accountLast4).toBe('6789');
    expect(JSON.stringify(billing)).not.toContain('123456789');
  });
});
