import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { assertError, errorOf, headers, useServer, useStaticServer } from './helpers.ts';

const INDEX = `<!doctype html><html><head><title>MCM Portal</title></head><body><mcm-root></mcm-root>${'<!-- pad -->'.repeat(200)}</body></html>`;
const MAIN_JS = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** INDEX as served: the response's CSP nonce on `<mcm-root>` (see security-headers.test.ts). */
function servedIndex(csp: unknown): string {
  const nonce = /'nonce-([^']+)'/.exec(String(csp))?.[1];
  assert.ok(nonce, `a nonce in the CSP: ${String(csp)}`);
  return INDEX.replace('<mcm-root>', `<mcm-root ngCspNonce="${nonce}">`);
}

describe('static portal and SPA fallback', () => {
  const { app } = useStaticServer('sandbox-static-', {
    'index.html': INDEX,
    'main-ABCD1234.js': MAIN_JS,
    'favicon.ico': 'ico',
    '.secret': 'hidden',
    'media/font-ZYXW9876.woff2': 'font',
  });

  it('serves index.html at / with no-store (it carries a per-response nonce)', async () => {
    const response = await app().inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.body, servedIndex(response.headers['content-security-policy']));
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['etag'], undefined);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });

  it('falls back to index.html for HTML requests that match no file', async () => {
    for (const url of ['/transactions/42', '/account/', '/Login?returnUrl=%2Fdashboard']) {
      const response = await app().inject({ method: 'GET', url, headers: HTML });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.body, servedIndex(response.headers['content-security-policy']));
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.match(response.headers['content-type'] as string, /^text\/html/);
    }
    const head = await app().inject({ method: 'HEAD', url: '/dashboard', headers: HTML });
    assert.equal(head.statusCode, 200);
  });

  it('serves hashed assets as immutable, and answers missing files with 404 JSON', async () => {
    const js = await app().inject({ method: 'GET', url: '/main-ABCD1234.js' });
    assert.equal(js.statusCode, 200);
    assert.equal(js.body, MAIN_JS);
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(js.headers['content-type'] as string, /javascript/);
    const font = await app().inject({ method: 'GET', url: '/media/font-ZYXW9876.woff2' });
    assert.equal(font.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(
      (await app().inject({ method: 'GET', url: '/favicon.ico' })).headers['cache-control'],
      'no-cache',
    );

    const missing = await app().inject({
      method: 'GET',
      url: '/chunk-MISSING0.js',
      headers: { accept: '*/*' },
    });
    assertError(missing, 404, 'not_found');
  });

  it('never answers a missing script, style or font with the page, even to a request for HTML', async () => {
    for (const url of ['/chunk-MISSING0.js', '/styles.css', '/media/x.woff2', '/nothing.json']) {
      const response = await app().inject({ method: 'GET', url, headers: HTML });
      assert.equal(response.statusCode, 404, url);
      assert.equal(errorOf(response).code, 'not_found', url);
    }
  });

  it('never serves dotfiles or paths outside the root', async () => {
    for (const url of [
      '/.secret',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/media/..%2f.secret',
    ]) {
      const response = await app().inject({ method: 'GET', url, headers: { accept: '*/*' } });
      assert.equal(response.statusCode, 404, url);
      assert.doesNotMatch(response.body, /hidden/);
    }
  });

  it('compresses with brotli or gzip, on the fly first and then from the quality-11 cache', async () => {
    const first = await app().inject({
      method: 'GET',
      url: '/main-ABCD1234.js',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(first.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(first.rawPayload).toString(), MAIN_JS);
    await app().sandbox.staticCache.idle();
    const cached = await app().inject({
      method: 'GET',
      url: '/main-ABCD1234.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(cached.headers['content-encoding'], 'br');
    assert.equal(cached.headers['vary'], 'accept-encoding');
    assert.equal(brotliDecompressSync(cached.rawPayload).toString(), MAIN_JS);
    assert.ok(cached.rawPayload.length < first.rawPayload.length + 1);
    const gz = await app().inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(
      gunzipSync(gz.rawPayload).toString(),
      servedIndex(gz.headers['content-security-policy']),
    );
    const notModified = await app().inject({
      method: 'GET',
      url: '/main-ABCD1234.js',
      headers: { 'accept-encoding': 'br', 'if-none-match': cached.headers['etag'] as string },
    });
    assert.equal(notModified.statusCode, 304);
  });

  it('does not compress small responses', async () => {
    const response = await app().inject({
      method: 'GET',
      url: '/favicon.ico',
      headers: { 'accept-encoding': 'br' },
    });
    assert.equal(response.headers['content-encoding'], undefined);
  });

  it('keeps WSAPI and test-control paths out of the SPA', async () => {
    const wsapi = await app().inject({
      method: 'GET',
      url: '/wsapi/no-such-resource',
      headers: headers(HTML),
    });
    assertError(wsapi, 404, 'not_found');
    // A real WSAPI route asked for HTML still answers its JSON (here: no session), never the SPA.
    const route = await app().inject({
      method: 'GET',
      url: '/wsapi/transactions',
      headers: headers(HTML),
    });
    assertError(route, 401, 'invalid_session');
  });
});

describe('static portal not built', () => {
  const app = useServer({ staticDir: join(tmpdir(), 'sandbox-no-such-build-dir') });

  it('answers / with a 503 page that says how to build', async () => {
    const response = await app().inject({ method: 'GET', url: '/' });
    assert.equal(response.statusCode, 503);
    assert.match(response.headers['content-type'] as string, /^text\/html/);
    assert.match(response.body, /Portal not built: run <code>npm run build<\/code>/);
    assert.match(response.body, /npm run build/);
  });

  it('answers asset requests with 404 JSON', async () => {
    const response = await app().inject({ method: 'GET', url: '/main.js' });
    assertError(response, 404, 'not_found');
  });
});
