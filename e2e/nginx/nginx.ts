import { request as playwrightRequest, type APIResponse } from '@playwright/test';
import { get } from 'node:http';
import { resolve } from 'node:path';

/** The sandbox itself (nginx's upstream), the sub-path nginx, and the root nginx's access log. */
export const sandboxURL = process.env['E2E_SANDBOX_URL']!;
export const subPathURL = process.env['E2E_NGINX_SUBPATH_URL']!;
export const accessLogPath = resolve(process.env['E2E_NGINX_ACCESS_LOG']!);
export const buildDir = resolve(process.env['E2E_OUTPUT'] || 'dist/mcm-portal', 'browser');

export const PAGE = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

/** Connection and representation headers, which differ between any two servers. */
const TRANSPORT = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'etag',
  'last-modified',
  'vary',
  'accept-ranges',
  'content-encoding',
  'content-type',
  'server',
]);

/** Every other header of a response (what a server promises), a nonce in the CSP made neutral. */
export function promisedHeaders(response: APIResponse): Record<string, string> {
  return Object.fromEntries(
    Object.entries(response.headers())
      .filter(([name]) => !TRANSPORT.has(name))
      .map(([name, value]) => [name, value.replace(/'nonce-[^']+'/g, "'nonce-…'")]),
  );
}

/** The media type, with JavaScript's two registered names as one. */
export function mediaType(response: APIResponse): string {
  const type = (response.headers()['content-type'] ?? '').split(';')[0]!.trim();
  return type === 'application/javascript' ? 'text/javascript' : type;
}

export function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
  if (!nonce) throw new Error(`no nonce in ${response.url()}`);
  return nonce;
}

/** An API request context on the sandbox, for comparing its answers with nginx's. */
export function sandboxRequest() {
  return playwrightRequest.newContext({ baseURL: sandboxURL });
}

/** A raw GET (no decompression): status, headers and the bytes as they came over the wire. */
export function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (done, fail) => {
      get(url, { headers }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
        );
      }).on('error', fail);
    },
  );
}
