import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { TEST_WSAPI_BASE } from '../../../testing/wsapi-testing';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { TransactionReceipts, transactionResource } from './transactions-resource';

describe('TransactionReceipts', () => {
  let receipts: TransactionReceipts;
  let backend: HttpTestingController;

  beforeEach(() => ({ subject: receipts, backend } = setUpWsapiSpec(TransactionReceipts)));

  afterEach(() => backend.verify());

  it('emails a receipt to the address, with the idempotency key', async () => {
    const sent = firstValueFrom(receipts.send('txn_1', 'a@example.com', 'key-1'));
    const post = backend.expectOne({
      method: 'POST',
      url: `${TEST_WSAPI_BASE}/Transactions/txn_1/Receipt`,
    });
    expect(post.request.body).toEqual({ email: 'a@example.com' });
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-1');
    post.flush({ email: 'a@example.com', receipt: {} });
    expect(await sent).toBe('a@example.com');
  });

  it('answers the typed address when the WSAPI names none', async () => {
    const sent = firstValueFrom(receipts.send('txn_1', 'a@example.com', 'key-2'));
    backend.expectOne(`${TEST_WSAPI_BASE}/Transactions/txn_1/Receipt`).flush({});
    expect(await sent).toBe('a@example.com');
  });

  it('escapes the id in the path', () => {
    expect(transactionResource('a/b c')).toBe('/Transactions/a%2Fb%20c');
  });
});
