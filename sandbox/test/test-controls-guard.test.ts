import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { redactToken } from '../http/request-log.ts';
import { isLoopbackHost } from '../http/test-controls-guard.ts';
import {
  assertError,
  CONTROL_HEADERS,
  errorOf,
  loginToken,
  useServer,
  withToken,
} from './helpers.ts';

/** Issue 15, item 3: what a page on another site, or a DNS-rebinding one, can do to the controls. */
describe('test controls refuse what a cross-site page can send', () => {
  const app = useServer();

  it('knows the loopback names, with or without a port, and nothing else', () => {
    for (const host of ['localhost', 'LOCALHOST:4300', '127.0.0.1', '127.0.0.1:80', '[::1]:4300']) {
      assert.equal(isLoopbackHost(host), true, host);
    }
    for (const host of [
      undefined,
      '',
      'evil.example',
      'localhost.evil.example',
      '127.0.0.1.nip.io',
      'evil.example:4300',
      '10.0.0.1',
      '[::2]',
      'localhost:4300 x',
    ]) {
      assert.equal(isLoopbackHost(host), false, String(host));
    }
  });

  for (const [method, url] of [
    ['POST', '/__sandbox/reset'],
    ['POST', '/__sandbox/clock'],
    ['POST', '/__sandbox/faults'],
    ['DELETE', '/__sandbox/faults'],
    ['DELETE', '/__sandbox/requests'],
  ] as const) {
    it(`${method} ${url} without a JSON Content-Type (a no-cors form or beacon) → 415, nothing done`, async () => {
      const offset = app().sandbox.clock.offsetMs;
      for (const contentType of [undefined, 'text/plain', 'application/x-www-form-urlencoded']) {
        const response = await app().inject({
          method,
          url,
          headers: contentType ? { 'content-type': contentType } : {},
          payload: method === 'POST' ? '{"advance_seconds":3600}' : undefined,
        });
        assert.equal(response.statusCode, 415, `${contentType}: ${response.body}`);
        assert.equal(errorOf(response).code, 'unsupported_media_type');
      }
      assert.equal(app().sandbox.clock.offsetMs, offset);
    });
  }

  for (const [method, url] of [
    ['GET', '/__sandbox/requests'],
    ['GET', '/__sandbox/outbox'],
    ['GET', '/__sandbox/clock'],
    ['POST', '/__sandbox/reset'],
  ] as const) {
    it(`${method} ${url} with a foreign Host (DNS rebinding) → 403`, async () => {
      const response = await app().inject({
        method,
        url,
        headers: { ...CONTROL_HEADERS, host: 'rebind.evil.example:4300' },
      });
      assertError(response, 403, 'forbidden');
    });
  }

  it('answers loopback Hosts as before', async () => {
    for (const host of ['localhost:4300', '127.0.0.1:4300', '[::1]:4300']) {
      const read = await app().inject({
        method: 'GET',
        url: '/__sandbox/clock',
        headers: { host },
      });
      assert.equal(read.statusCode, 200, host);
      const reset = await app().inject({
        method: 'POST',
        url: '/__sandbox/reset',
        headers: { ...CONTROL_HEADERS, host },
      });
      assert.equal(reset.statusCode, 200, host);
    }
  });

  it('the request log shows no usable token, only a short hash a test can match', async () => {
    await app().inject({ method: 'DELETE', url: '/__sandbox/requests', headers: CONTROL_HEADERS });
    const token = await loginToken(app());
    await withToken(app(), 'PUT', token);
    const log = await app().inject({ method: 'GET', url: '/__sandbox/requests' });
    assert.ok(!log.body.includes(token.slice(5, 20)), 'no part of the token');
    const { requests } = log.json() as { requests: { headers: Record<string, string> }[] };
    const logged = requests.at(-1)!.headers['x-roam-token'];
    assert.match(String(logged), /^MCM6-redacted-[0-9a-f]{12}$/);
    assert.equal(logged, redactToken(token));
    assert.notEqual(redactToken(token), redactToken(await loginToken(app())));
  });
});

describe('npm run sandbox listens on loopback unless HOST says otherwise', () => {
  it('binds 127.0.0.1 by default', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SANDBOX_DB: ':memory:' };
    delete env['HOST'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let output = '';
      while (!/listening on \S+/.test(output)) {
        const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
        output += chunk.toString();
      }
      assert.match(output, /listening on http:\/\/127\.0\.0\.1:\d+\//);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
