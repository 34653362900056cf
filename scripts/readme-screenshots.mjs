// The README's phone screenshots (docs/screenshots/*.png), taken at 390×844 from a production
// build served by a sandbox on an in-memory database: `node scripts/readme-screenshots.mjs`
// (run `npm run build` first). Not part of `npm test`; the e2e report holds every journey's
// screenshots at both widths.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fillCredentials,
  launchBrowser,
  signInButton,
  waitForLoginForm,
} from './bench/browser.mjs';
import { startSandbox, stopAll } from './bench/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'screenshots');
const PHONE = { width: 390, height: 844 };

/** What each screenshot shows: a path after signing in as `merchant`. */
const SHOTS = [
  { file: 'phone-dashboard.png', path: '/dashboard' },
  { file: 'phone-transactions.png', path: '/transactions' },
];

await mkdir(outDir, { recursive: true });
const sandbox = await startSandbox(root, {
  staticDir: join(root, 'dist', 'mcm-portal', 'browser'),
  testControls: false,
});
const browser = await launchBrowser();
try {
  const context = await browser.newContext({
    baseURL: sandbox.url,
    viewport: PHONE,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/login');
  await waitForLoginForm(page);
  await fillCredentials(page, { userName: 'merchant', password: 'Sandbox!2026' });
  await signInButton(page).click();
  await page.waitForURL('**/dashboard');
  for (const shot of SHOTS) {
    await page.goto(shot.path);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(outDir, shot.file), fullPage: false });
    console.log(`docs/screenshots/${shot.file}`);
  }
  await context.close();
} finally {
  await browser.close();
  await stopAll();
}
