import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as http2Connect } from 'node:http2';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../helpers/test';
import { PAGE, sandboxURL } from './nginx';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One HTTP/2 GET over TLS (the test's own self-signed certificate): status, protocol, headers. */
function http2Get(origin: string, path: string) {
  return new Promise<{ status: number; alpn: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const session = http2Connect(origin, { rejectUnauthorized: false });
      session.once('error', reject);
      const stream = session.request({ ':path': path, ...PAGE });
      stream.once('response', (headers) => {
        const alpn = session.alpnProtocol ?? '';
        stream.resume();
        stream.once('end', () => {
          session.close();
          resolve({ status: Number(headers[':status']), alpn, headers });
        });
      });
      stream.once('error', reject);
    },
  );
}

test('with a certificate: HTTP/2 over TLS, HSTS on every answer (and never without TLS)', async ({
  request,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mcm-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'],
      ...['-keyout', key, '-out', cert],
    ],
    { stdio: 'ignore' },
  );
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', 'deploy/nginx/serve.ts', '--port', String(port)],
      ...['--root', join(process.env['E2E_OUTPUT'] || 'dist/mcm-portal', 'browser')],
      ...['--upstream', sandboxURL, '--tls-certificate', cert, '--tls-certificate-key', key],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    let banner = '';
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (chunk: Buffer) => {
        banner += chunk.toString();
        if (banner.includes('nginx serving')) resolve();
      });
      server.once('exit', () => reject(new Error('serve.ts exited')));
    });
    const origin = `https://127.0.0.1:${port}`;
    for (const path of ['/login', '/config.json', '/WSAPI/Merchants/Current']) {
      const answer = await http2Get(origin, path);
      expect(answer.alpn, path).toBe('h2');
      expect(answer.headers['strict-transport-security'], path).toBe(
        'max-age=63072000; includeSubDomains',
      );
      expect(answer.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    expect((await http2Get(origin, '/login')).status).toBe(200);
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
  const plain = await request.get('/config.json');
  expect(plain.headers()['strict-transport-security']).toBeUndefined();
});
