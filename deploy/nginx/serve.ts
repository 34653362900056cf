/**
 * `npm run serve:nginx`: the production set-up on one machine. Renders deploy/nginx for localhost
 * (values.env, with the paths and ports below) and runs Debian's nginx in front of a sandbox.
 *
 *   node --import tsx deploy/nginx/serve.ts [--port 8080] [--public-path /portal/]
 *        [--root dist/mcm-portal/browser] [--upstream http://127.0.0.1:PORT] [--test-controls]
 *        [--tls-certificate cert.pem --tls-certificate-key key.pem]
 *
 * Without --upstream it starts a sandbox (SANDBOX_DB as `npm run sandbox`) on a free port.
 * --test-controls also proxies the sandbox's /__sandbox/ (Playwright only). Stops on SIGINT/SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkReadableByWorkers, findNginx, startNginx, waitForListening } from './local.ts';
import { writeSite } from './render.ts';
import { DEMO_PASSWORD } from '../../sandbox/store/seed.data.ts';
import { loadValues } from './values.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '8080' },
    'public-path': { type: 'string', default: '/' },
    root: { type: 'string', default: 'dist/mcm-portal/browser' },
    upstream: { type: 'string' },
    'test-controls': { type: 'boolean', default: false },
    'tls-certificate': { type: 'string', default: '' },
    'tls-certificate-key': { type: 'string', default: '' },
  },
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
    server.once('error', reject);
  });
}

async function startSandbox(): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) throw new Error('the sandbox exited during start-up');
    if (
      await fetch(`${origin}/config.json`).then(
        () => true,
        () => false,
      )
    )
      return { origin, child };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill();
  throw new Error('the sandbox did not start');
}

let bin: string;
try {
  bin = findNginx();
} catch (error) {
  console.error(`serve:nginx: ${(error as Error).message}`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'mcm-nginx-'));
chmodSync(dir, 0o755); // nginx's workers (nobody, when started as root) read the rendered files
const sandbox = args.upstream ? undefined : await startSandbox();
const upstream = args.upstream ?? sandbox!.origin;
const publicPath = args['public-path'];
let nginx: ReturnType<typeof startNginx> | undefined;
let stopping = false;
const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await nginx?.stop();
  sandbox?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll(0));
try {
  const values = loadValues(fileURLToPath(new URL('values.env', import.meta.url)), {
    LISTEN: `127.0.0.1:${args.port}`,
    SERVER_NAME: 'localhost',
    PUBLIC_PATH: publicPath,
    STATIC_ROOT: resolve(repoRoot, args.root),
    CONF_DIR: join(dir, 'site'),
    ACCESS_LOG: process.env['NGINX_ACCESS_LOG'] ?? join(dir, 'access.log'),
    WSAPI_UPSTREAM: `${upstream}/WSAPI/`,
    TLS_CERTIFICATE: args['tls-certificate'] && resolve(args['tls-certificate']),
    TLS_CERTIFICATE_KEY: args['tls-certificate-key'] && resolve(args['tls-certificate-key']),
  });
  checkReadableByWorkers(values.STATIC_ROOT);
  writeSite(values, { testControlsOrigin: args['test-controls'] ? upstream : undefined });
  nginx = startNginx(bin, dir, join(values.CONF_DIR, 'mcm-portal.conf'));
  const scheme = values.TLS_CERTIFICATE ? 'https' : 'http';
  const url = `${scheme}://127.0.0.1:${args.port}${publicPath}`;
  await waitForListening(Number(args.port), nginx);
  console.log(`nginx serving ${values.STATIC_ROOT} on ${url}  (WSAPI → ${upstream}/WSAPI/)`);
  console.log(`rendered config, logs and temp files in ${dir} (removed on exit)`);
  if (sandbox)
    console.log(`sandbox on ${upstream}: demo users as in README, password ${DEMO_PASSWORD}`);
} catch (error) {
  console.error(`serve:nginx: ${(error as Error).message}`);
  await stopAll(1);
}
void nginx!.exited.then((code) => {
  if (stopping) return;
  console.error(`serve:nginx: nginx exited (${code})`);
  void stopAll(1);
});
sandbox?.child.once('exit', () => {
  if (stopping) return;
  console.error('serve:nginx: the sandbox exited');
  void stopAll(1);
});
