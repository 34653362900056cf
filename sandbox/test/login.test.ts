import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  assertError,
  AUTH_URL,
  DEMO_PASSWORD,
  errorOf,
  fixture,
  headers,
  login,
  parseVendorTimestamp,
  SEED_HEADERS,
  shapeOf,
  useServer,
} from './helpers.ts';

interface LoginJson {
  organization_id: string;
  session: { expires: string; session_token: string };
  user: {
    user_name: string;
    locale: string;
    is_admin: boolean;
    is_sys_admin: boolean;
    account_flags: Record<string, boolean>;
  };
  configuration: Record<string, unknown>;
}

describe('POST /WSAPI/Authentication (log in)', () => {
  const app = useServer();
  /** A login POST with the seed headers and this raw body. */
  const postLogin = (payload: string) =>
    app().inject({ method: 'POST', url: AUTH_URL, headers: headers(), payload });

  it("answers the seed's curl with the full login response, shaped like the vendor example", async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/WSAPI/Authentication',
      headers: { ...SEED_HEADERS },
      payload: `{\n  "user_name":"merchant",\n  "password":"${DEMO_PASSWORD}"\n}`,
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] as string, /^application\/json/);
    const body = response.json() as LoginJson;
    assert.deepEqual(shapeOf(body), shapeOf(fixture('login-response.json')));
    assert.equal(body.organization_id, '8');
    assert.match(body.session.session_token, /^MCM6-[A-Za-z0-9_-]{43}$/);
    assert.match(body.session.expires, /^\d{14}$/);
    const expires = parseVendorTimestamp(body.session.expires);
    assert.ok(
      Math.abs(expires - (app().sandbox.clock.now() + 15 * 60_000)) <= 2000,
      'expires = now + 15 min (UTC)',
    );
  });

  it("gives the merchant the vendor example's configuration exactly", async () => {
    const body = (await login(app())).json() as LoginJson;
    assert.deepEqual(
      body.configuration,
      (fixture('login-response.json') as LoginJson).configuration,
    );
  });

  it('issues a new token at every login and stores only its SHA-256', async () => {
    const first = ((await login(app())).json() as LoginJson).session.session_token;
    const second = ((await login(app())).json() as LoginJson).session.session_token;
    assert.notEqual(first, second);
    const hashes = app()
      .sandbox.db.prepare('SELECT token_hash FROM sessions')
      .pluck()
      .all() as string[];
    for (const token of [first, second]) {
      assert.ok(hashes.includes(createHash('sha256').update(token).digest('hex')));
    }
    const dump = JSON.stringify(app().sandbox.db.prepare('SELECT * FROM sessions').all());
    assert.ok(!dump.includes(first) && !dump.includes(second.slice(5)), 'no token in clear');
  });

  it('stores passwords as self-describing scrypt hashes', () => {
    const hashes = app()
      .sandbox.db.prepare('SELECT password_hash FROM users')
      .pluck()
      .all() as string[];
    assert.ok(hashes.length >= 6);
    for (const hash of hashes)
      assert.match(hash, /^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('matches user names case-insensitively, ignoring surrounding spaces', async () => {
    const response = await login(app(), '  MERCHANT ');
    assert.equal(response.statusCode, 200);
    assert.equal((response.json() as LoginJson).user.user_name, 'merchant');
  });

  it('answers an unknown user and a wrong password identically', async () => {
    const unknown = await login(app(), 'nobody-here', 'whatever-1');
    const wrong = await login(app(), 'clerk', 'not-the-password');
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.body, wrong.body);
    assert.deepEqual(wrong.json(), {
      error: { code: 'invalid_credentials', message: 'User name or password is incorrect.' },
    });
  });

  const invalid: Array<[string, string, string]> = [
    ['missing password', JSON.stringify({ user_name: 'merchant' }), 'password'],
    ['missing user_name', JSON.stringify({ password: 'x' }), 'user_name'],
    ['user_name not a string', JSON.stringify({ user_name: 5, password: 'x' }), 'user_name'],
    [
      'password not a string',
      JSON.stringify({ user_name: 'merchant', password: 123456 }),
      'password',
    ],
    [
      'extra field',
      JSON.stringify({ user_name: 'merchant', password: 'x', remember: true }),
      'remember',
    ],
    [
      'user_name too long',
      JSON.stringify({ user_name: 'u'.repeat(129), password: 'x' }),
      'user_name',
    ],
    [
      'password too long',
      JSON.stringify({ user_name: 'merchant', password: 'p'.repeat(257) }),
      'password',
    ],
    ['empty user_name', JSON.stringify({ user_name: '', password: 'x' }), 'user_name'],
    ['an array body', '[]', 'body'],
    ['an empty body', '', 'body'],
    ['invalid JSON', '{"user_name": "merchant",', 'body'],
    [
      'a __proto__ key',
      '{"user_name":"merchant","password":"x","__proto__":{"is_admin":true}}',
      '__proto__',
    ],
    [
      'a constructor key',
      '{"user_name":"merchant","password":"x","constructor":{"prototype":{}}}',
      'prototype',
    ],
  ];
  for (const [name, payload, field] of invalid) {
    it(`refuses ${name} → 400 invalid_request (field ${field})`, async () => {
      const response = await postLogin(payload);
      assert.equal(response.statusCode, 400);
      const error = errorOf(response);
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.field, field);
      assert.deepEqual(Object.keys(error).sort(), ['code', 'field', 'message']);
    });
  }

  it('refuses a body over 16 KiB → 413 payload_too_large', async () => {
    const payload = JSON.stringify({ user_name: 'merchant', password: 'x'.repeat(20 * 1024) });
    const response = await postLogin(payload);
    assertError(response, 413, 'payload_too_large');
  });

  it("applies the clerk's configuration overrides over the organization's", async () => {
    const body = (await login(app(), 'clerk')).json() as LoginJson;
    for (const key of [
      'component.access.virtual_terminal',
      'component.access.inventory_management',
      'processing.permissions.refund',
      'processing.permissions.void',
    ]) {
      assert.equal(body.configuration[key], false, key);
    }
    assert.equal(body.configuration['processing.permissions.manual_entry'], true);
    assert.equal(body.organization_id, '8');
  });

  it('gives canada CAD, en-CA and en_CA', async () => {
    const body = (await login(app(), 'canada')).json() as LoginJson;
    assert.deepEqual(body.configuration['processing.config.currency'], {
      code: 'CAD',
      iso: 124,
      symbol: '$',
    });
    assert.equal(body.configuration['account.locale.available_locales'], 'en_CA');
    assert.equal(body.user.locale, 'en-CA');
  });

  it('seeds the roles and account flags of the demo users', async () => {
    const admin = (await login(app(), 'admin')).json() as LoginJson;
    assert.equal(admin.user.is_admin, true);
    assert.equal(admin.configuration['account.permissions.allow_submerchants'], true);
    const sysadmin = (await login(app(), 'sysadmin')).json() as LoginJson;
    assert.equal(sysadmin.user.is_sys_admin, true);
    const newuser = (await login(app(), 'newuser')).json() as LoginJson;
    assert.equal(newuser.user.account_flags['change_password_required'], true);
    assert.equal(newuser.user.account_flags['accept_terms_and_conditions_required'], true);
    assert.equal(newuser.user.account_flags['change_email_required'], false);
    const submerchants = app()
      .sandbox.db.prepare("SELECT id FROM organizations WHERE parent_id = '20'")
      .pluck()
      .all();
    assert.deepEqual(submerchants, ['21']);
  });
});
