import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumFlags } from './scripts/chromium-flags.cjs';

/**
 * Browser journeys against a real sandbox: in-memory database, test controls on, on a free port.
 * A second project runs a focused set of them again through Debian's nginx (deploy/nginx) with the
 * sandbox as its WSAPI upstream, plus the nginx-only checks in e2e/nginx/; a third nginx serves
 * the portal under /portal/. E2E_NGINX=0 leaves nginx out (a machine without it).
 * Ports are chosen once in the main process and inherited by the workers through the env.
 */
if (!process.env['E2E_PORT']) {
  const ports = execFileSync(
    process.execPath,
    [
      '-e',
      "const n=require('net');Promise.all([0,1,2].map(()=>new Promise(r=>{const s=n.createServer().listen(0,'127.0.0.1',()=>r(s))}))).then(ss=>{process.stdout.write(ss.map(s=>s.address().port).join(' '));ss.forEach(s=>s.close())})",
    ],
    { encoding: 'utf8' },
  )
    .trim()
    .split(' ');
  [process.env['E2E_PORT'], process.env['E2E_NGINX_PORT'], process.env['E2E_NGINX_SUB_PORT']] =
    ports;
}
const port = Number(process.env['E2E_PORT']);
const baseURL = `http://127.0.0.1:${port}`;
/** Where the e2e build goes; set E2E_OUTPUT to run several e2e sessions side by side. */
const output = process.env['E2E_OUTPUT'] || 'dist/mcm-portal';
const chromium = process.env['CHROME_BIN'] || '/usr/bin/chromium';
const withNginx = process.env['E2E_NGINX'] !== '0';
const nginxURL = `http://127.0.0.1:${process.env['E2E_NGINX_PORT']}`;
const nginxSubPort = process.env['E2E_NGINX_SUB_PORT'];
process.env['E2E_SANDBOX_URL'] = baseURL;
process.env['E2E_NGINX_SUBPATH_URL'] = `http://127.0.0.1:${nginxSubPort}/portal/`;
process.env['E2E_NGINX_ACCESS_LOG'] = `${output}/nginx-access.log`;

/** The journeys run again through nginx: sign-in, reload, sign-out, a sale, a refund, CSV, deep links. */
const NGINX_JOURNEYS = [
  'auth-session.spec.ts',
  'portal-loads.spec.ts',
  'virtual-terminal.spec.ts',
  'transactions-refunds.spec.ts',
  'transactions-csv-export.spec.ts',
  'nginx/*.spec.ts',
];

/** Debian's nginx with deploy/nginx's config in front of the sandbox (deploy/nginx/serve.ts). */
function nginxServer(listenPort: string | undefined, extra: string, env: Record<string, string>) {
  return {
    command: `node --import tsx deploy/nginx/serve.ts --port ${listenPort} --root ${output}/browser --upstream ${baseURL} ${extra}`,
    port: Number(listenPort),
    timeout: 30_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 8_000 },
    env,
  };
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 1,
  timeout: 30_000,
  // The html report (playwright-report/, git-ignored) holds each journey's screenshots at a
  // phone's and a desktop's size (the layout check of e2e/helpers/layout.ts).
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ...(process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['json'] as ['json']] : []),
  ],
  use: {
    baseURL,
    // The desktop size the layout check measures; it measures a phone's (390×844) as well.
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: chromiumFlags,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: 'nginx/**', use: { browserName: 'chromium' } },
    ...(withNginx
      ? [
          {
            name: 'nginx',
            testMatch: NGINX_JOURNEYS,
            use: { browserName: 'chromium' as const, baseURL: nginxURL },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // Build the portal (precompressed for nginx), then serve it from the sandbox with /WSAPI.
      command: `npx ng build --output-path ${output} && node --import tsx deploy/precompress.ts ${output}/browser && node --import tsx sandbox/main.ts`,
      url: `${baseURL}/config.json`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SANDBOX_DB: ':memory:',
        SANDBOX_TEST_CONTROLS: '1',
        SANDBOX_STATIC_DIR: `${output}/browser`,
        NG_CLI_ANALYTICS: 'false',
      },
    },
    ...(withNginx
      ? [
          nginxServer(process.env['E2E_NGINX_PORT'], '--test-controls', {
            NGINX_ACCESS_LOG: process.env['E2E_NGINX_ACCESS_LOG']!,
          }),
          nginxServer(nginxSubPort, '--public-path /portal/', {}),
        ]
      : []),
  ],
});
