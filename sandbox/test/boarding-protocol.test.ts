import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditCount, organizationCount } from './admin.helpers.ts';
import { bakery, ORGANIZATIONS, useBoardingSandbox } from './boarding.helpers.ts';
import { assertError, assertMethodsNotAllowed, loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): Idempotency-Key and other methods', () => {
  const { app, call } = useBoardingSandbox();

  it('honours Idempotency-Key: a retry replays the 201 without boarding twice', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const key = { 'Idempotency-Key': 'board-corner-bakery' };
    const first = await call('POST', ORGANIZATIONS, token, bakery(), key);
    assert.equal(first.statusCode, 201);
    const retry = await call('POST', ORGANIZATIONS, token, bakery(), key);
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(retry.headers['location'], '/WSAPI/Organizations/31');
    assert.deepEqual(retry.json(), first.json());
    assert.equal(organizationCount(app()), 6);
    assert.equal(auditCount(app()), 1);
    const other = await call('POST', ORGANIZATIONS, token, bakery({ name: 'Other' }), key);
    assertError(other, 409, 'conflict');
  });

  it('answers 405 with Allow: GET, POST for other methods on the collection', async () => {
    const token = await loginToken(app(), 'sysadmin');
    await assertMethodsNotAllowed(['PUT', 'DELETE', 'PATCH'] as const, 'GET, POST', (method) =>
      call(method, ORGANIZATIONS, token),
    );
  });
});
