import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../helpers/test';
import {
  PAGE,
  buildDir,
  mediaType,
  nonceOf,
  promisedHeaders,
  rawGet,
  sandboxRequest,
} from './nginx';

/**
 * nginx (deploy/nginx, rendered from the sandbox's own header sources) against the sandbox: for
 * each kind of answer, every header the sandbox sends beyond transport ones nginx sends too, with
 * the same value, and no other (the CSP's nonce aside, which is per response on both).
 */
test('every header the sandbox sends for the portal, nginx sends with the same value', async ({
  request,
}) => {
  const sandbox = await sandboxRequest();
  const page = await (await sandbox.get('/login', { headers: PAGE })).text();
  const assets = [...page.matchAll(/(?:src|href)="([\w-]+-[A-Z0-9]{8}\.(?:js|css))"/g)].map(
    (match) => `/${match[1]}`,
  );
  expect(assets.length, 'the page names its hashed scripts and styles').toBeGreaterThan(1);
  const cases: Array<[string, Record<string, string>]> = [
    ['/', PAGE],
    ['/login', PAGE],
    ['/transactions/deep/link', PAGE],
    ['/index.html', PAGE],
    ['/config.json', {}],
    ['/favicon.ico', {}],
    ...assets.map((path): [string, Record<string, string>] => [path, {}]),
    ['/main-ZZZZZZZZ.js', {}],
    ['/no-such-file.css', {}],
    ['/WSAPI/Merchants/Current', {}],
    ['/WSAPI/Authentication', { 'x-roam-apiversion': '6.0.0' }],
  ];
  for (const [path, headers] of cases) {
    const [fromSandbox, fromNginx] = await Promise.all([
      sandbox.get(path, { headers, maxRedirects: 0 }),
      request.get(path, { headers, maxRedirects: 0 }),
    ]);
    expect(fromNginx.status(), `${path}: status`).toBe(fromSandbox.status());
    expect(promisedHeaders(fromNginx), `${path}: headers`).toEqual(promisedHeaders(fromSandbox));
    if (fromSandbox.ok())
      expect(mediaType(fromNginx), `${path}: type`).toBe(mediaType(fromSandbox));
  }
  await sandbox.dispose();
});

test('the page gets a fresh nonce per response, the same in the CSP and in the markup', async ({
  request,
}) => {
  const first = await request.get('/login', { headers: PAGE });
  const second = await request.get('/login', { headers: PAGE });
  const nonce = nonceOf(first);
  expect(nonce).toMatch(/^[0-9a-f]{32}$/);
  expect(nonceOf(second)).not.toBe(nonce);
  const html = await first.text();
  const inPage = [...html.matchAll(/(?:nonce|ngCspNonce)="([^"]*)"/g)].map((match) => match[1]);
  expect(inPage.length).toBeGreaterThan(0);
  expect(new Set(inPage)).toEqual(new Set([nonce]));
  expect(html).not.toContain('__MCM_PORTAL_CSP_NONCE__');
  expect(first.headers()['strict-transport-security'], 'no HSTS over plain HTTP').toBeUndefined();
});

test('a missing asset is a 404, never the page, even when the request accepts HTML', async ({
  request,
}) => {
  for (const path of ['/main-ZZZZZZZZ.js', '/chunk-nothing.js', '/styles.css', '/media/x.woff2']) {
    const response = await request.get(path, { headers: PAGE });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('<mcm-root');
  }
  const deepLink = await request.get('/transactions/1234', { headers: PAGE });
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<mcm-root');
});

test('scripts go out precompressed: the .br bytes on the wire with brotli, .gz with gzip', async ({
  request,
}) => {
  const page = await (await request.get('/login', { headers: PAGE })).text();
  const main = /src="(main-[A-Z0-9]{8}\.js)"/.exec(page)?.[1];
  expect(main).toBeTruthy();
  const url = new URL(`/${main}`, test.info().project.use.baseURL).href;
  const brotli = await rawGet(url, { 'accept-encoding': 'gzip, br' });
  expect(brotli.status).toBe(200);
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(brotli.bytes).toBe(statSync(join(buildDir, `${main}.br`)).size);
  const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gzip.bytes).toBe(statSync(join(buildDir, `${main}.gz`)).size);
  const plain = await rawGet(url, {});
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.bytes).toBe(statSync(join(buildDir, main!)).size);
});
