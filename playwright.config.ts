import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chromiumFlags } from './scripts/chromium-flags.cjs';

/**
 * Browser journeys against a real sandbox: in-memory database, test controls on, on a free port.
 * The port is chosen once in the main process and inherited by the workers through the env.
 */
if (!process.env['E2E_PORT']) {
  process.env['E2E_PORT'] = execFileSync(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: 'utf8' },
  ).trim();
}
const port = Number(process.env['E2E_PORT']);
const baseURL = `http://127.0.0.1:${port}`;
/** Where the e2e build goes; set E2E_OUTPUT to run several e2e sessions side by side. */
const output = process.env['E2E_OUTPUT'] || 'dist/mcm-portal';
const chromium = process.env['CHROME_BIN'] || '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 1,
  timeout: 30_000,
  reporter: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Build the portal, then serve it from the sandbox on the same origin as /WSAPI.
    command: `npx ng build --output-path ${output} && node --import tsx sandbox/main.ts`,
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
});
