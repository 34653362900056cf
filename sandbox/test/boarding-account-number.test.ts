import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dumpDatabase, FULL_ACCOUNT_NUMBER } from './admin.helpers.ts';
import { bakery, ORGANIZATIONS, useBoardingSandbox } from './boarding.helpers.ts';
import { loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): the full bank account number', () => {
  const { app, call } = useBoardingSandbox();

  it('never stores or returns the full account number', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const response = await call('POST', ORGANIZATIONS, token, bakery(), {
      'Idempotency-Key': 'board-secret-1',
    });
    assert.equal(response.statusCode, 201);
    assert.doesNotMatch(response.body, new RegExp(FULL_ACCOUNT_NUMBER));
    const billing = await call('GET', `${ORGANIZATIONS}/31/Billing`, token);
    assert.doesNotMatch(billing.body, new RegExp(FULL_ACCOUNT_NUMBER));
    const log = await call('GET', '/WSAPI/AuditLog', token);
    assert.doesNotMatch(log.body, new RegExp(FULL_ACCOUNT_NUMBER));
    assert.doesNotMatch(dumpDatabase(app()), new RegExp(FULL_ACCOUNT_NUMBER));
  });
});
