import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorOf, headers, loginToken, useServer } from './helpers.ts';

const url = (organizationId: string) => `/WSAPI/Organizations/${organizationId}/Configuration`;

describe('PUT /WSAPI/Organizations/{id}/Configuration', () => {
  const app = useServer();

  const put = (token: string, organizationId: string, configuration: Record<string, unknown>) =>
    app().inject({
      method: 'PUT',
      url: url(organizationId),
      headers: headers({ 'X-Roam-Token': token }),
      payload: JSON.stringify({ configuration }),
    });
  const configurationOf = async (token: string) =>
    (
      (
        await app().inject({
          method: 'GET',
          url: '/WSAPI/Users/Configuration',
          headers: headers({ 'X-Roam-Token': token }),
        })
      ).json() as { configuration: Record<string, unknown> }
    ).configuration;

  it('lets a system administrator turn a flag off; the merchant sees it on the next read, same token', async () => {
    const merchant = await loginToken(app(), 'merchant');
    assert.equal((await configurationOf(merchant))['component.access.virtual_terminal'], true);
    const response = await put(await loginToken(app(), 'sysadmin'), '8', {
      'component.access.virtual_terminal': false,
    });
    assert.equal(response.statusCode, 200);
    assert.equal((await configurationOf(merchant))['component.access.virtual_terminal'], false);
    // Enforced server-side at once: the sale endpoint refuses.
    const sale = await app().inject({
      method: 'POST',
      url: '/WSAPI/Transactions',
      headers: headers({ 'X-Roam-Token': merchant }),
      payload: JSON.stringify({ lines: [{ amount: 100 }], tender: 'Cash' }),
    });
    assert.equal(sale.statusCode, 403);
    await put(await loginToken(app(), 'sysadmin'), '8', {
      'component.access.virtual_terminal': true,
    });
  });

  it('is for system administrators only', async () => {
    for (const userName of ['merchant', 'admin']) {
      const response = await put(await loginToken(app(), userName), '8', {
        'processing.config.tip': false,
      });
      assert.equal(response.statusCode, 403, userName);
      assert.equal(errorOf(response).code, 'forbidden');
    }
  });

  it('accepts only keys the organization has, each keeping its JSON kind', async () => {
    const sysadmin = await loginToken(app(), 'sysadmin');
    const unknown = await put(sysadmin, '8', { 'component.access.teleport': true });
    assert.equal(unknown.statusCode, 400);
    assert.equal(errorOf(unknown).field, 'component.access.teleport');
    const wrongKind = await put(sysadmin, '8', { 'component.access.virtual_terminal': 'no' });
    assert.equal(wrongKind.statusCode, 400);
    assert.equal(errorOf(wrongKind).field, 'component.access.virtual_terminal');
    const stringStaysString = await put(sysadmin, '8', {
      'security.account_locking.count_memory': '20',
    });
    assert.equal(stringStaysString.statusCode, 200);
  });

  it('answers 200 { organization_id, configuration }, like the GET', async () => {
    const sysadmin = await loginToken(app(), 'sysadmin');
    const response = await put(sysadmin, '8', { 'processing.config.tip': true });
    assert.equal(response.statusCode, 200);
    const body = response.json() as { organization_id: string; configuration: object };
    assert.deepEqual(Object.keys(body), ['organization_id', 'configuration']);
    assert.equal(body.organization_id, '8');
    const read = await app().inject({
      method: 'GET',
      url: url('8'),
      headers: headers({ 'X-Roam-Token': sysadmin }),
    });
    assert.deepEqual(read.json(), body);
  });

  it('treats names inherited from Object.prototype as unknown keys, writing nothing', async () => {
    const sysadmin = await loginToken(app(), 'sysadmin');
    const stored = () =>
      app()
        .sandbox.db.prepare("SELECT configuration FROM organizations WHERE id = '8'")
        .pluck()
        .get();
    const audits = () =>
      app()
        .sandbox.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'configuration.update'")
        .pluck()
        .get();
    const before = stored();
    const auditsBefore = audits();
    for (const key of ['toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      for (const value of [true, 'x', {}]) {
        const response = await put(sysadmin, '8', { [key]: value });
        assert.equal(response.statusCode, 400, `${key}: ${JSON.stringify(value)}`);
        assert.deepEqual(response.json(), {
          error: {
            code: 'invalid_request',
            message: `Unknown configuration key: ${key}.`,
            field: key,
          },
        });
      }
    }
    // `constructor` and `__proto__` never reach the handler: the JSON body parser
    // (http/json-body.ts) refuses them anywhere in a body, also spelled with unicode escapes.
    for (const [key, payload] of [
      ['constructor', '{"configuration":{"constructor":{}}}'],
      ['constructor', '{"configuration":{"constructor":true}}'],
      ['__proto__', '{"configuration":{"__proto__":{"processing.config.tip":false}}}'],
      ['__proto__', '{"configuration":{"\\u005f_proto__":{}}}'],
    ] as const) {
      const response = await app().inject({
        method: 'PUT',
        url: url('8'),
        headers: headers({ 'X-Roam-Token': sysadmin }),
        payload,
      });
      assert.equal(response.statusCode, 400, payload);
      assert.deepEqual(response.json(), {
        error: { code: 'invalid_request', message: `The key "${key}" is not allowed.`, field: key },
      });
    }
    assert.equal(stored(), before);
    assert.equal(audits(), auditsBefore);
  });

  it('writes the change to the audit log', async () => {
    const sysadmin = await loginToken(app(), 'sysadmin');
    await put(sysadmin, '8', { 'processing.config.tip': false });
    const log = await app().inject({
      method: 'GET',
      url: '/WSAPI/AuditLog',
      headers: headers({ 'X-Roam-Token': sysadmin }),
    });
    const entries = (log.json() as { entries: { action: string }[] }).entries;
    assert.ok(entries.some((entry) => entry.action === 'configuration.update'));
  });
});
