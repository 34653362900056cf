import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WSAPI_METHODS } from '../http/method-not-allowed.ts';
import { assertError, errorOf, headers, useSeededServer } from './helpers.ts';

/**
 * Every WSAPI path and the methods it declares, as the resources declared them before the 405s
 * were derived from the routes: any other method answers 405 `method_not_allowed`, with the
 * contract's error JSON and `Allow` listing the declared methods (HEAD is never implied by GET).
 */
const DECLARED: ReadonlyArray<readonly [path: string, allow: string]> = [
  ['/WSAPI/Authentication', 'POST, PUT, DELETE'],
  ['/WSAPI/Users/Terms', 'GET, PUT'],
  ['/WSAPI/Users/Password', 'PUT'],
  ['/WSAPI/Users/Email', 'PUT'],
  ['/WSAPI/Users/SecurityQuestions', 'GET, PUT'],
  ['/WSAPI/Users/Configuration', 'GET'],
  ['/WSAPI/Merchants/Current', 'GET'],
  ['/WSAPI/Organizations', 'GET, POST'],
  ['/WSAPI/Organizations/20', 'GET'],
  ['/WSAPI/Organizations/20/Users', 'GET, POST'],
  ['/WSAPI/Organizations/20/Users/7/Lock', 'POST'],
  ['/WSAPI/Organizations/20/Users/7/Unlock', 'POST'],
  ['/WSAPI/Organizations/20/Users/7/EndSessions', 'POST'],
  ['/WSAPI/Users/Availability', 'GET'],
  ['/WSAPI/AuditLog', 'GET'],
  ['/WSAPI/Organizations/20/Configuration', 'GET, PUT'],
  ['/WSAPI/Organizations/20/Billing', 'GET, PUT'],
  ['/WSAPI/Transactions', 'GET, POST'],
  ['/WSAPI/Transactions/Summary', 'GET'],
  ['/WSAPI/Transactions/Export', 'GET'],
  ['/WSAPI/Transactions/txn_1', 'GET'],
  ['/WSAPI/Transactions/txn_1/Refund', 'POST'],
  ['/WSAPI/Transactions/txn_1/Void', 'POST'],
  ['/WSAPI/Transactions/txn_1/Receipt', 'POST'],
  ['/WSAPI/Inventory', 'GET, POST'],
  ['/WSAPI/Inventory/item_1', 'GET, PUT, DELETE'],
  ['/WSAPI/Users/Profile', 'GET'],
  ['/WSAPI/Users/Name', 'PUT'],
  ['/WSAPI/Users/Address', 'PUT'],
  ['/WSAPI/Users/Locale', 'PUT'],
  ['/WSAPI/Merchants/Current/ReceiptSettings', 'GET, PUT'],
];

describe('405 on every declared WSAPI path', () => {
  const app = useSeededServer();

  for (const [path, allow] of DECLARED) {
    const others = WSAPI_METHODS.filter((method) => !allow.split(', ').includes(method));
    it(`${path}: ${others.join(', ')} → 405, Allow: ${allow}`, async () => {
      for (const method of others) {
        // No session: the 405 comes before any access rule, after the header checks.
        const response = await app().inject({ method, url: path, headers: headers() });
        assert.equal(response.statusCode, 405, `${method} ${path}: ${response.body}`);
        assert.equal(response.headers['allow'], allow, `${method} ${path}`);
        assert.equal(response.headers['cache-control'], 'no-store', `${method} ${path}`);
        if (method === 'HEAD') continue;
        assert.deepEqual(
          response.json(),
          {
            error: {
              code: 'method_not_allowed',
              message: 'This method is not allowed on this resource.',
            },
          },
          `${method} ${path}`,
        );
        assert.equal(errorOf(response).code, 'method_not_allowed');
      }
    });
  }

  it('matches the path case-insensitively, with a trailing slash', async () => {
    const response = await app().inject({
      method: 'PATCH',
      url: '/wsapi/inventory/ITEM_1/',
      headers: headers(),
    });
    assert.equal(response.statusCode, 405);
    assert.equal(response.headers['allow'], 'GET, PUT, DELETE');
  });

  it('leaves HEAD on the test controls as it was: answered like GET, without a body', async () => {
    const get = await app().inject({ method: 'GET', url: '/__sandbox/faults' });
    const head = await app().inject({ method: 'HEAD', url: '/__sandbox/faults' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-type'], get.headers['content-type']);
  });

  it('still checks the Roam headers first (400 before 405)', async () => {
    const response = await app().inject({ method: 'PATCH', url: '/WSAPI/Inventory' });
    assertError(response, 400, 'missing_header');
  });
});
