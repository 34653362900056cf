import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NONCE_PLACEHOLDER, renderSite } from '../../deploy/nginx/render.ts';
import { loadValues, type NginxValues } from '../../deploy/nginx/values.ts';
import { prepareIndex, renderIndex } from '../http/index-page.ts';
import {
  CACHE_CONTROL,
  SECURITY_HEADERS,
  contentSecurityPolicy,
} from '../http/security-headers.ts';

/** The renderer alone (no nginx needed); the Playwright nginx project checks the running server. */
const BUILT_INDEX = readFileSync(
  new URL('./fixtures/built-index.html.txt', import.meta.url),
  'utf8',
);
const VALUES_FILE = new URL('../../deploy/nginx/values.env', import.meta.url).pathname;

/** `add_header name "value" always;` lines of an include → name → value. */
function addedHeaders(include: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const match of include.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm))
    headers.set(match[1]!, match[2]!);
  return headers;
}

describe('deploy/nginx rendering', () => {
  let dir: string;
  let values: (overrides?: Record<string, string>) => NginxValues;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mcm-render-'));
    writeFileSync(join(dir, 'index.html'), BUILT_INDEX);
    values = (overrides = {}) =>
      loadValues(VALUES_FILE, { STATIC_ROOT: dir, CONF_DIR: join(dir, 'conf'), ...overrides });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  /** The site rendered from the values file with `overrides`. */
  const siteWith = (overrides?: Record<string, string>) => renderSite(values(overrides));

  it('sends every security header of the sandbox, the page with its hashes and the nonce', () => {
    const site = siteWith();
    const page = prepareIndex(BUILT_INDEX);
    const expected = (nonce?: string) =>
      new Map(
        Object.entries({
          ...SECURITY_HEADERS,
          'content-security-policy': contentSecurityPolicy(
            nonce ? { nonce, scriptHashes: page.scriptHashes } : {},
          ),
        }),
      );
    assert.deepEqual(addedHeaders(site['security-headers.conf']!), expected());
    assert.deepEqual(addedHeaders(site['page-security-headers.conf']!), expected('$request_id'));
    const conf = site['mcm-portal.conf']!;
    for (const value of Object.values(CACHE_CONTROL))
      assert.ok(conf.includes(`add_header cache-control "${value}"`), value);
    assert.doesNotMatch(conf, /strict-transport-security|listen \S+ ssl/);
    assert.doesNotMatch(conf, /__sandbox/, 'test controls are never proxied from values.env');
  });

  it('writes the page so that nginx, putting $request_id in, serves what the sandbox would', () => {
    const site = siteWith();
    const nonce = '0123456789abcdef0123456789abcdef';
    const nginxPage = site['index.html']!.split(NONCE_PLACEHOLDER).join(nonce);
    assert.equal(nginxPage, renderIndex(prepareIndex(BUILT_INDEX), nonce));
    assert.ok(site['index.html']!.includes(NONCE_PLACEHOLDER));
  });

  it('under a sub-path: base href, WSAPI location and config.json follow PUBLIC_PATH', () => {
    const site = siteWith({ PUBLIC_PATH: '/portal/' });
    assert.match(site['index.html']!, /<base href="\/portal\/">/);
    const conf = site['mcm-portal.conf']!;
    assert.match(conf, /location \^~ \/portal\/WSAPI\/ \{/);
    assert.match(
      conf,
      /location = \/portal \{\s+include \S+\/security-headers\.conf;\s+return 301 \/portal\/;/,
    );
    assert.match(conf, /rewrite \^ \/portal\/index\.html last;/);
    assert.equal(JSON.parse(site['config.json']!).wsapiBaseUrl, '/portal/WSAPI');
  });

  it('config.json per environment; a WSAPI on another origin joins connect-src', () => {
    const site = siteWith({
      WSAPI_BASE_URL: 'https://wsapi.vendor.example/WSAPI',
      APPLICATION_KEY: 'APP6-production-key',
      API_VERSION: '6.1.0',
    });
    assert.deepEqual(JSON.parse(site['config.json']!), {
      wsapiBaseUrl: 'https://wsapi.vendor.example/WSAPI',
      applicationKey: 'APP6-production-key',
      apiVersion: '6.1.0',
    });
    const csp = addedHeaders(site['page-security-headers.conf']!).get('content-security-policy');
    assert.match(csp!, /connect-src 'self' https:\/\/wsapi\.vendor\.example;/);
  });

  it('TLS only with a certificate: HTTP/2, HSTS, the upstream verified', () => {
    const site = siteWith({
      LISTEN: '443',
      TLS_CERTIFICATE: '/etc/ssl/portal.pem',
      TLS_CERTIFICATE_KEY: '/etc/ssl/private/portal.key',
      HTTP_REDIRECT_LISTEN: '80',
    });
    const conf = site['mcm-portal.conf']!;
    assert.match(conf, /listen 443 ssl http2;/);
    assert.match(conf, /return 301 https:\/\/\$host\$request_uri;/);
    assert.match(conf, /proxy_ssl_verify on;/);
    for (const include of ['security-headers.conf', 'page-security-headers.conf'])
      assert.match(site[include]!, /add_header strict-transport-security "max-age=\d+/);
  });

  it('refuses values that would inject a directive, and unknown or half-given ones', () => {
    for (const [name, value] of [
      ['LISTEN', '80; include /etc/shadow'],
      ['PUBLIC_PATH', 'portal'],
      ['WSAPI_UPSTREAM', 'http://vendor.example/WSAPI/;return 200'],
      ['SERVER_NAME', 'a"b'],
      ['APPLICATION_KEY', 'APP6-$request_id'],
    ])
      assert.throws(() => values({ [name]: value }), new RegExp(name), `${name}=${value}`);
    assert.throws(() => values({ TLS_CERTIFICATE: '/etc/ssl/a.pem' }), /go together/);
    const file = join(dir, 'bad.env');
    writeFileSync(file, 'LISTEN=80\nROOT=/srv\n');
    assert.throws(() => loadValues(file, {}), /unknown value ROOT/);
  });
});
