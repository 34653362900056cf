import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { prepareIndex, renderIndex } from '../http/index-page.ts';
import {
  AUTH_URL,
  errorOf,
  headers,
  login,
  loginToken,
  testServer,
  useStaticServer,
  withToken,
} from './helpers.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
/** A copy of `dist/mcm-portal/browser/index.html` as `ng build` writes it today (beasties on). */
const BUILT_INDEX = readFileSync(
  new URL('./fixtures/built-index.html.txt', import.meta.url),
  'utf8',
);

/** Directive → sources. */
function parseCsp(header: unknown): Map<string, string[]> {
  assert.equal(typeof header, 'string', 'a Content-Security-Policy header');
  const directives = new Map<string, string[]>();
  for (const part of (header as string).split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    assert.ok(!directives.has(name), `directive ${name} once`);
    directives.set(name, sources);
  }
  return directives;
}

/** The directives every response's CSP must have, whatever the page. */
function assertStrictCsp(header: unknown): Map<string, string[]> {
  const csp = parseCsp(header);
  const exactly = (name: string, ...sources: string[]) =>
    assert.deepEqual(csp.get(name), sources, name);
  exactly('default-src', "'self'");
  exactly('img-src', "'self'", 'data:');
  exactly('font-src', "'self'");
  exactly('connect-src', "'self'");
  exactly('object-src', "'none'");
  exactly('base-uri', "'self'");
  exactly('frame-ancestors', "'none'");
  exactly('form-action', "'self'");
  exactly('require-trusted-types-for', "'script'");
  exactly('trusted-types', 'angular', 'angular#bundler', 'angular#components');
  const scripts = csp.get('script-src') ?? [];
  assert.equal(scripts[0], "'self'");
  for (const source of scripts.slice(1)) assert.match(source, /^'sha256-[A-Za-z0-9+/]{43}='$/);
  const styles = csp.get('style-src') ?? [];
  assert.equal(styles[0], "'self'");
  for (const source of styles.slice(1)) assert.match(source, /^'nonce-[A-Za-z0-9+/]{22}=='$/);
  for (const source of [...scripts, ...styles]) {
    assert.doesNotMatch(source, /unsafe|\*|strict-dynamic|^https?:|^data:/i, source);
  }
  return csp;
}

function nonceOf(response: LightMyRequestResponse): string {
  const source = parseCsp(response.headers['content-security-policy']).get('style-src')?.[1];
  const nonce = /^'nonce-(.+)'$/.exec(source ?? '')?.[1];
  assert.ok(nonce, 'index.html has a style nonce');
  return nonce;
}

function scriptHashesOf(response: LightMyRequestResponse): string[] {
  return (parseCsp(response.headers['content-security-policy']).get('script-src') ?? [])
    .slice(1)
    .map((source) => source.slice(1, -1));
}

function sha256(text: string): string {
  return 'sha256-' + createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * The Permissions-Policy the sandbox README documents (its security-headers block): the spec the
 * served header is held to, one place for the list besides the code that sends it.
 */
const DOCUMENTED_PERMISSIONS_POLICY = (() => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const documented = /^Permissions-Policy: (.+(?:\n {2}.+)*)/m.exec(readme)?.[1];
  assert.ok(documented, 'sandbox/README.md documents Permissions-Policy');
  return documented.replace(/\n\s+/g, ' ');
})();

function assertCommonHeaders(response: LightMyRequestResponse, what: string): void {
  const h = response.headers;
  assert.equal(h['x-content-type-options'], 'nosniff', what);
  assert.equal(h['referrer-policy'], 'no-referrer', what);
  assert.equal(h['x-frame-options'], 'DENY', what);
  assert.equal(h['cross-origin-opener-policy'], 'same-origin', what);
  assert.equal(h['cross-origin-resource-policy'], 'same-origin', what);
  assert.equal(h['permissions-policy'], DOCUMENTED_PERMISSIONS_POLICY, what);
  assertStrictCsp(h['content-security-policy']);
}

describe('security headers: CSP + Trusted Types, nosniff, Referrer, Permissions, COOP', () => {
  const { app, dir } = useStaticServer('sandbox-csp-', {
    'index.html': BUILT_INDEX,
    'main-ABCD1234.js': 'console.log(1);',
    'styles-PQSSEO4J.css': 'body{margin:0}',
  });

  it('are on every kind of response, and WSAPI/test-control ones are no-store', async () => {
    const token = await loginToken(app());
    const cases: Array<[string, Promise<LightMyRequestResponse>, string]> = [
      ['login 200', login(app()), 'no-store'],
      ['login 401', login(app(), 'ghost', 'nope'), 'no-store'],
      ['refresh 200', withToken(app(), 'PUT', token), 'no-store'],
      ['missing header 400', app().inject({ method: 'POST', url: AUTH_URL }), 'no-store'],
      [
        'WSAPI 404',
        app().inject({ method: 'GET', url: '/WSAPI/Nope', headers: headers() }),
        'no-store',
      ],
      ['bad URL encoding', app().inject({ method: 'GET', url: '/WSAPI/%zz' }), 'no-store'],
      ['test controls', app().inject({ method: 'GET', url: '/__sandbox/clock' }), 'no-store'],
      ['index', app().inject({ method: 'GET', url: '/' }), 'no-store'],
      [
        'SPA fallback',
        app().inject({ method: 'GET', url: '/deep/link', headers: HTML }),
        'no-store',
      ],
      ['HEAD index', app().inject({ method: 'HEAD', url: '/', headers: HTML }), 'no-store'],
      [
        'hashed asset',
        app().inject({ method: 'GET', url: '/main-ABCD1234.js' }),
        'public, max-age=31536000, immutable',
      ],
      ['missing asset 404', app().inject({ method: 'GET', url: '/chunk-NOPE0000.js' }), ''],
    ];
    for (const [what, pending, cacheControl] of cases) {
      const response = await pending;
      assertCommonHeaders(response, what);
      if (cacheControl) assert.equal(response.headers['cache-control'], cacheControl, what);
    }
  });

  it('index.html: a fresh 128-bit nonce per response, in the CSP and as ngCspNonce on <mcm-root>', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const response = await app().inject({
        method: 'GET',
        url: i % 2 ? '/' : '/transactions/42',
        headers: HTML,
      });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['cache-control'], 'no-store');
      const nonce = nonceOf(response);
      assert.equal(Buffer.from(nonce, 'base64').length, 16);
      nonces.add(nonce);
      const roots = [...response.body.matchAll(/<mcm-root([^>]*)>/g)];
      assert.equal(roots.length, 1);
      assert.equal(roots[0]![1], ` ngCspNonce="${nonce}"`);
      assert.equal(
        [...response.body.matchAll(/ngCspNonce=/gi)].length,
        1,
        'one ngCspNonce in the page',
      );
    }
    assert.equal(nonces.size, 20, 'every response has its own nonce');
  });

  it('index.html as built today: inline <style> nonce’d, no inline handler, no inline script', async () => {
    const response = await app().inject({ method: 'GET', url: '/', headers: HTML });
    const nonce = nonceOf(response);
    const styles = [...response.body.matchAll(/<style([^>]*)>/g)];
    assert.ok(styles.length >= 1, 'the build inlines critical CSS');
    for (const style of styles) assert.equal(style[1], ` nonce="${nonce}"`);
    const tags = response.body.match(/<[a-zA-Z][^>]*>/g) ?? [];
    for (const tag of tags) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `inline handler in ${tag}`);
    assert.match(response.body, /<link rel="stylesheet" href="styles-PQSSEO4J\.css" media="all">/);
    assert.deepEqual(scriptHashesOf(response), []);
    const inlineScripts = [...response.body.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)];
    assert.equal(inlineScripts.length, 0);
    // Apart from the nonce and the handler, the page is served as built.
    assert.equal(
      response.body
        .replace(` ngCspNonce="${nonce}"`, '')
        .replaceAll(` nonce="${nonce}"`, '')
        .replace('media="all"', `media="print" onload="this.media='all'"`),
      BUILT_INDEX,
    );
  });

  it('index.html: inline scripts are allowed by their sha256, recomputed when the file changes', async () => {
    const first = 'window.__a = 1;';
    const second = "\n  (() => {\r\n    document.documentElement.dataset['b'] = '2';\n  })();\n";
    const page = (scripts: string[]) =>
      `<!doctype html><html><head><base href="/">${scripts.map((s) => `<script>${s}</script>`).join('')}` +
      `<script src="main-ABCD1234.js" type="module"></script></head><body><mcm-root></mcm-root></body></html>`;
    writeFileSync(join(dir(), 'index.html'), page([first]));
    const one = await app().inject({ method: 'GET', url: '/' });
    assert.deepEqual(scriptHashesOf(one), [sha256(first)]);
    // A rebuild (other size) is picked up without a restart; the browser hashes CRLF as LF.
    writeFileSync(join(dir(), 'index.html'), page([first, second]));
    const two = await app().inject({ method: 'GET', url: '/dashboard', headers: HTML });
    assert.deepEqual(scriptHashesOf(two), [sha256(first), sha256(second.replace(/\r\n/g, '\n'))]);
    assert.ok(two.body.includes(`<script>${second}</script>`), 'script text untouched');
    writeFileSync(join(dir(), 'index.html'), BUILT_INDEX);
  });

  it("index.html built with Angular's ngCspNonce placeholder: every nonce replaced, loader script hashed", () => {
    const loader = "\n(() => { const CSP_MEDIA_ATTR = 'ngCspMedia'; })();";
    const built =
      '<!doctype html><html><head><style nonce="PLACEHOLDER">html{color:red}</style>' +
      `<script nonce="PLACEHOLDER">${loader}</script>` +
      '<link rel="stylesheet" href="styles-X.css" media="print" ngCspMedia="all"></head>' +
      '<body><mcm-root ngCspNonce="PLACEHOLDER"></mcm-root><script src="main-X.js" type="module"></script></body></html>';
    const prepared = prepareIndex(built);
    assert.deepEqual(prepared.scriptHashes, [sha256(loader)]);
    const served = renderIndex(prepared, 'NONCE');
    assert.equal(served, built.replaceAll('PLACEHOLDER', 'NONCE'));
  });

  it('the "portal not built" page carries the same headers', async () => {
    const bare = await testServer({ staticDir: join(tmpdir(), 'sandbox-no-such-build-dir') });
    try {
      const response = await bare.inject({ method: 'GET', url: '/' });
      assert.equal(response.statusCode, 503);
      assertCommonHeaders(response, 'not built');
    } finally {
      await bare.close();
    }
  });

  it('Clear-Site-Data: "cache", "storage" on a successful logout only', async () => {
    const token = await loginToken(app());
    const refresh = await withToken(app(), 'PUT', token);
    assert.equal(refresh.headers['clear-site-data'], undefined);
    const logout = await withToken(app(), 'DELETE', token);
    assert.equal(logout.statusCode, 200);
    assert.equal(logout.headers['clear-site-data'], '"cache"');
    const again = await withToken(app(), 'DELETE', token);
    assert.equal(again.statusCode, 401);
    assert.equal(again.headers['clear-site-data'], undefined);
    assert.equal((await login(app())).headers['clear-site-data'], undefined);
  });

  it('malformed HTTP on a real socket (CR/LF header injection) gets error JSON with the headers', async () => {
    await app().listen({ port: 0, host: '127.0.0.1' });
    const { port } = app().server.address() as { port: number };
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(request));
        let data = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (data += chunk));
        socket.on('error', reject);
        socket.on('close', () => resolve(data));
      });
    for (const request of [
      'POST /WSAPI/Authentication HTTP/1.1\r\nHost: x\r\nX-Roam-Key: a\rSet-Cookie: evil=1\r\n\r\n',
      'GET /WSAPI/Authentication HTTP/1.1\r\nHost: x\r\nX-Roam-Token: a\nInjected: 1\x00\r\n\r\n',
      'NOT HTTP AT ALL\r\n\r\n',
    ]) {
      const response = await raw(request);
      const [head = '', body = ''] = response.split('\r\n\r\n');
      assert.match(head, /^HTTP\/1\.1 400 /, JSON.stringify(request));
      assert.doesNotMatch(head, /set-cookie|injected/i);
      for (const name of [
        'content-security-policy',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'cross-origin-opener-policy',
      ]) {
        assert.match(head, new RegExp(`^${name}: `, 'im'), name);
      }
      assert.deepEqual(Object.keys(JSON.parse(body) as object), ['error']);
      assert.equal(
        errorOf({ json: () => JSON.parse(body) } as LightMyRequestResponse).code,
        'invalid_request',
      );
    }
  });
});
