import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import { adminClient } from './admin-area.helpers.ts';
import { auditCount } from './admin.helpers.ts';
import {
  assertMethodsNotAllowed,
  errorOf,
  login,
  loginToken,
  shapeOf,
  useServer,
} from './helpers.ts';

const url = (organizationId: string) => `/WSAPI/Organizations/${organizationId}/Configuration`;

describe('GET /WSAPI/Organizations/{id}/Configuration', () => {
  const app = useServer();
  const { call } = adminClient(app);

  it('answers the organization’s flat map with the same keys and JSON kinds as at login', async () => {
    const signIn = (await login(app(), 'admin')).json() as {
      configuration: Record<string, unknown>;
      session: { session_token: string };
    };
    const response = await call('GET', url('20'), signIn.session.session_token);
    assert.equal(response.statusCode, 200);
    const body = response.json() as {
      organization_id: string;
      configuration: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(body), ['organization_id', 'configuration']);
    assert.equal(body.organization_id, '20');
    assert.deepEqual(shapeOf(body.configuration), shapeOf(signIn.configuration));
    assert.equal(body.configuration['account.permissions.allow_submerchants'], true);
  });

  it('is scoped: admin reads 20 and 21, 404 elsewhere; sysadmin reads all', async () => {
    const admin = await loginToken(app(), 'admin');
    const sub = await call('GET', url('21'), admin);
    assert.equal(sub.statusCode, 200);
    assert.equal(
      (sub.json() as { configuration: Record<string, unknown> }).configuration[
        'account.permissions.allow_submerchants'
      ],
      false,
    );
    for (const id of ['1', '8', '30', '999']) {
      const response = await call('GET', url(id), admin);
      assert.equal(response.statusCode, 404, id);
      assert.equal(errorOf(response).code, 'not_found');
    }
    const sysadmin = await loginToken(app(), 'sysadmin');
    const demo = await call('GET', url('8'), sysadmin);
    assert.deepEqual(demo.json(), {
      organization_id: '8',
      configuration: VENDOR_SEED_CONFIGURATION,
    });
    for (const id of ['1', '20', '21', '30']) {
      assert.equal((await call('GET', url(id), sysadmin)).statusCode, 200, id);
    }
  });

  it('shows a sys-admin change at once; reads are not audited', async () => {
    const sysadmin = await loginToken(app(), 'sysadmin');
    const put = await call('PUT', url('30'), sysadmin, {
      configuration: { 'processing.config.tip': false },
    });
    assert.equal(put.statusCode, 200);
    const audited = auditCount(app());
    const read = await call('GET', url('30'), sysadmin);
    assert.equal(
      (read.json() as { configuration: Record<string, unknown> }).configuration[
        'processing.config.tip'
      ],
      false,
    );
    assert.equal(auditCount(app()), audited);
  });

  it('refuses merchant and clerk (403), a pending first login (403) and no session (401)', async () => {
    for (const userName of ['merchant', 'clerk']) {
      const response = await call('GET', url('8'), await loginToken(app(), userName));
      assert.equal(response.statusCode, 403, userName);
      assert.equal(errorOf(response).code, 'forbidden');
    }
    const pending = await call('GET', url('8'), await loginToken(app(), 'newuser'));
    assert.equal(errorOf(pending).code, 'account_action_required');
    assert.equal((await call('GET', url('8'))).statusCode, 401);
  });

  it('answers 405 with Allow: GET, PUT for other methods', async () => {
    const token = await loginToken(app(), 'sysadmin');
    await assertMethodsNotAllowed(['POST', 'DELETE', 'PATCH'] as const, 'GET, PUT', (method) =>
      call(method, url('8'), token),
    );
  });
});
