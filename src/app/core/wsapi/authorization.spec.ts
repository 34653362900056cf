import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { TEST_WSAPI_BASE } from '../../../testing/wsapi-testing';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { Authorization, toWire } from './authorization';

describe('Authorization', () => {
  let authorization: Authorization;
  let backend: HttpTestingController;

  beforeEach(() => ({ subject: authorization, backend } = setUpWsapiSpec(Authorization)));

  afterEach(() => backend.verify());

  it('posts {"transaction": …} with every scalar as a string and answers the transaction', async () => {
    const answer = firstValueFrom(
      authorization.submit({
        transaction_code: 'credit_refund',
        client_transaction_id: 'c0ffee00-0000-4000-8000-000000000001',
        original_transaction_id: 'guid-1',
        transaction_amount: 1250,
        restock: true,
        note: undefined,
        products: [{ item_id: 'item_1', quantity: 2 }],
        cardholder_info: { first_name: 'Ada', email: null },
      }),
    );
    const post = backend.expectOne({ method: 'POST', url: `${TEST_WSAPI_BASE}/Authorization` });
    expect(post.request.body).toEqual({
      transaction: {
        transaction_code: 'credit_refund',
        client_transaction_id: 'c0ffee00-0000-4000-8000-000000000001',
        original_transaction_id: 'guid-1',
        transaction_amount: '1250',
        restock: 'true',
        products: [{ item_id: 'item_1', quantity: '2' }],
        cardholder_info: { first_name: 'Ada' },
      },
    });
    expect(post.request.headers.has('Idempotency-Key')).toBeFalse();
    post.flush({ transaction: { clerk_display: 'Approved', mcm_transaction_id: '81600009' } });
    expect(await answer).toEqual({ clerk_display: 'Approved', mcm_transaction_id: '81600009' });
  });

  it('answers an empty record when the body has no transaction', async () => {
    const answer = firstValueFrom(
      authorization.submit({ transaction_code: 'cash_sale', client_transaction_id: 'k' }),
    );
    backend.expectOne(`${TEST_WSAPI_BASE}/Authorization`).flush({});
    expect(await answer).toEqual({});
  });

  it('writes false and zero as strings, not as absent fields', () => {
    expect(toWire({ a: false, b: 0, c: '' })).toEqual({ a: 'false', b: '0', c: '' });
  });
});
