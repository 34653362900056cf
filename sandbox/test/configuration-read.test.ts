import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertError,
  headers,
  login,
  loginToken,
  shapeOf,
  useServer,
  withToken,
} from './helpers.ts';

const URL = '/WSAPI/Users/Configuration';

describe('GET /WSAPI/Users/Configuration', () => {
  const app = useServer();

  it("answers the signed-in user's effective configuration, as in the login response", async () => {
    for (const userName of ['merchant', 'clerk', 'canada', 'admin']) {
      const signIn = await login(app(), userName);
      const { session, configuration } = signIn.json() as {
        session: { session_token: string };
        configuration: Record<string, unknown>;
      };
      const response = await withToken(app(), 'GET', session.session_token, URL);
      assert.equal(response.statusCode, 200, userName);
      const body = response.json() as { configuration: Record<string, unknown> };
      assert.deepEqual(Object.keys(body), ['configuration']);
      assert.deepEqual(body.configuration, configuration, userName);
      assert.deepEqual(shapeOf(body.configuration), shapeOf(configuration));
    }
  });

  it("carries the user's overrides (clerk: no virtual terminal)", async () => {
    const token = await loginToken(app(), 'clerk');
    const body = (await withToken(app(), 'GET', token, URL)).json() as {
      configuration: Record<string, unknown>;
    };
    assert.equal(body.configuration['component.access.virtual_terminal'], false);
  });

  it('reflects a change made after sign-in on the next call, same token', async () => {
    const token = await loginToken(app(), 'merchant');
    app()
      .sandbox.db.prepare(
        `UPDATE users SET config_overrides = '{"component.access.virtual_terminal":false}' WHERE user_name_norm = 'merchant'`,
      )
      .run();
    try {
      const body = (await withToken(app(), 'GET', token, URL)).json() as {
        configuration: Record<string, unknown>;
      };
      assert.equal(body.configuration['component.access.virtual_terminal'], false);
    } finally {
      app()
        .sandbox.db.prepare(
          `UPDATE users SET config_overrides = '{}' WHERE user_name_norm = 'merchant'`,
        )
        .run();
    }
  });

  it('is allowed while a first-login step is pending', async () => {
    const response = await withToken(app(), 'GET', await loginToken(app(), 'newuser'), URL);
    assert.equal(response.statusCode, 200);
  });

  it('needs a session; other methods 405', async () => {
    const anonymous = await app().inject({ method: 'GET', url: URL, headers: headers() });
    assertError(anonymous, 401, 'invalid_session');
    const put = await withToken(app(), 'PUT', await loginToken(app(), 'merchant'), URL);
    assert.equal(put.statusCode, 405);
  });
});
