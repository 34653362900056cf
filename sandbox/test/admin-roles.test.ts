import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorOf, loginToken, useSeededServer } from './helpers.ts';
import { adminClient } from './admin-area.helpers.ts';

describe('Admin area: roles', () => {
  const app = useSeededServer();
  const { call } = adminClient(app);

  const adminUrls = [
    ['GET', '/WSAPI/Organizations'],
    ['GET', '/WSAPI/Organizations/8'],
    ['GET', '/WSAPI/Organizations/8/Users'],
    ['POST', '/WSAPI/Organizations/8/Users'],
    ['POST', '/WSAPI/Organizations/8/Users/2/Lock'],
    ['POST', '/WSAPI/Organizations/8/Users/2/Unlock'],
    ['POST', '/WSAPI/Organizations/8/Users/2/EndSessions'],
    ['GET', '/WSAPI/Users/Availability?user_name=someone'],
    ['GET', '/WSAPI/AuditLog'],
  ] as const;

  it('answers 403 forbidden to a merchant and a clerk on every admin endpoint', async () => {
    for (const userName of ['merchant', 'clerk']) {
      const token = await loginToken(app(), userName);
      for (const [method, url] of adminUrls) {
        const response = await call(method, url, token, method === 'POST' ? {} : undefined);
        assert.equal(response.statusCode, 403, `${userName} ${method} ${url}`);
        assert.equal(errorOf(response).code, 'forbidden');
      }
    }
  });

  it('answers 401 without a session', async () => {
    for (const [method, url] of adminUrls) {
      const response = await call(method, url, undefined, method === 'POST' ? {} : undefined);
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
  });
});
