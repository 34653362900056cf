import { expect, expectAccessible, test } from './helpers/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { localStorageDump, signIn, signOut, storedToken } from './helpers/auth';
import {
  advanceSandboxClock,
  demoPassword,
  injectFault,
  requestsSeenByServer,
  resetSandbox,
} from './helpers/sandbox';

/** X-Roam-ClientVersion is the portal's package version. */
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('signing in sends exactly the Roam headers, and the token only after sign-in', async ({
  page,
  request,
}) => {
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fdashboard$/);
  await signIn(page, 'merchant');
  await expect(page).toHaveURL(/\/dashboard$/);

  // Sign-in is one request, with exactly these headers; the dashboard's figures and the
  // business's name (once per session) follow it.
  await expect(page.getByTestId('merchant-name')).toHaveText('Demo Merchant');
  const seen = await requestsSeenByServer(request);
  expect(seen[0] && `${seen[0].method} ${seen[0].path}`).toBe('POST /WSAPI/Authentication');
  const later = seen.slice(1).map(({ method, path }) => `${method} ${path}`);
  expect(later.filter((line) => line === 'GET /WSAPI/Merchants/Current')).toHaveLength(1);
  for (const next of seen.slice(1)) {
    expect(['GET /WSAPI/Transactions/Summary', 'GET /WSAPI/Merchants/Current']).toContain(
      `${next.method} ${next.path}`,
    );
    expect(next.headers['x-roam-token']).toMatch(/^MCM6-/);
  }
  expect(seen[0].headers).toEqual({
    'x-roam-key': 'APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391',
    'x-roam-apiversion': '6.0.0',
    'x-roam-clientversion': packageVersion,
    'content-type': 'application/json',
  });

  // The dashboard comes from the login response alone.
  await expect(page.getByTestId('organization-type')).toHaveText('merchant');
  await expect(page.getByTestId('processor-name')).toHaveText('Vantiv');
  await expect(page.getByTestId('session-expiry')).not.toBeEmpty();
  await expectAccessible(page);
  expect(await storedToken(page)).toMatch(/^MCM6-/);

  // Signing out carries the token, and only then.
  await signOut(page);
  await expect(page).toHaveURL(/\/login$/);
  const deletes = async () =>
    (await requestsSeenByServer(request)).filter((r) => r.method === 'DELETE');
  await expect.poll(async () => (await deletes()).length).toBe(1);
  const [logout] = await deletes();
  expect(logout.headers['x-roam-token']).toMatch(/^MCM6-/);
  expect(logout.headers['x-roam-key']).toBe('APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391');
});

test('a reload keeps the user signed in, on the same page', async ({ page }) => {
  await signIn(page, 'merchant');
  await page.reload();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('user-name')).toHaveText('merchant');
});

test('signing out kills the token on the server', async ({ page, request }) => {
  await signIn(page, 'merchant');
  const token = await storedToken(page);
  await signOut(page);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  expect(await storedToken(page)).toBeNull();

  const replay = await request.put('/WSAPI/Authentication', {
    headers: {
      'X-Roam-Token': token!,
      'X-Roam-ApiVersion': '6.0.0',
      'X-Roam-ClientVersion': '1.0.0',
      'Content-Type': 'application/json',
    },
  });
  expect(replay.status()).toBe(401);
  expect((await replay.json()).error.code).toBe('invalid_session');
});

test('tabs share one session: sign-out reaches every tab, a new tab is already signed in', async ({
  context,
}) => {
  const first = await context.newPage();
  await signIn(first, 'merchant');
  const second = await context.newPage();
  await second.goto('/dashboard');
  await expect(second.getByTestId('user-name')).toHaveText('merchant');

  await signOut(first);
  await expect(second).toHaveURL(/\/login/, { timeout: 2_000 });
  await expect(second.getByRole('status')).toHaveText('You signed out in another tab.');

  await signIn(first, 'merchant');
  const third = await context.newPage();
  await third.goto('/dashboard');
  await expect(third.getByTestId('user-name')).toHaveText('merchant');
  for (const page of [first, second, third]) expect(await localStorageDump(page)).toBe('{}');
});

test('a 401 that reaches a tab after another tab refreshed the session is replayed without another refresh', async ({
  context,
  request,
}) => {
  const first = await context.newPage();
  await signIn(first, 'merchant');
  const second = await context.newPage();
  await second.goto('/dashboard');
  for (const page of [first, second]) await expect(page.getByTestId('figures-today')).toBeVisible();

  // The second tab's read gets its 401 1.5 s late; the first tab's read gets one at once, and
  // its refresh is over long before the second tab hears of its own 401.
  const profile = '/WSAPI/Users/Profile';
  const summary = '/WSAPI/Transactions/Summary';
  await injectFault(request, {
    method: 'GET',
    path: profile,
    count: 1,
    status: 401,
    latency_ms: 1_500,
  });
  await injectFault(request, { method: 'GET', path: summary, count: 1, status: 401 });
  const armed = async () =>
    ((await (await request.get('/__sandbox/faults')).json()) as { faults: unknown[] }).faults
      .length;
  const puts: string[] = [];
  context.on('request', (sent) => {
    if (sent.method() === 'PUT' && /\/WSAPI\/Authentication$/i.test(new URL(sent.url()).pathname))
      puts.push(sent.frame().page() === first ? 'first tab' : 'second tab');
  });
  const answered = (page: Page, path: string) =>
    page.waitForResponse(
      (answer) => new URL(answer.url()).pathname === path && answer.status() === 200,
    );

  const secondAnswered = answered(second, profile);
  await second.getByTestId('user-menu').click();
  await second.getByRole('menuitem', { name: 'Account settings' }).click();
  await expect.poll(armed).toBe(1); // the second tab's read has met the slow 401
  const firstAnswered = answered(first, summary);
  await first.getByRole('button', { name: 'Refresh', exact: true }).click();
  await Promise.all([firstAnswered, secondAnswered]);

  expect(puts).toEqual(['first tab']);
  await expect(second.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
  await expect(first.getByTestId('figures-today')).toBeVisible();
  for (const page of [first, second]) await expect(page).not.toHaveURL(/\/login/);
});

test('after a wrong password the user name stays and the password is cleared', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('User name').fill('merchant');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'The user name or password is incorrect.',
  );
  await expect(page.getByLabel('User name')).toHaveValue('merchant');
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('three wrong passwords lock the user name, with a countdown', async ({ page }) => {
  await page.goto('/login');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByLabel('User name').fill('merchant');
    await page.getByLabel('Password').fill(`wrong-${attempt}`);
    // Wait for this attempt's answer: the previous attempt's message is still on screen for a
    // moment after the click, and typing during the request would be cleared by its failure.
    const answered = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && /\/authentication$/i.test(response.url()),
    );
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await answered).status()).toBe(attempt < 3 ? 401 : 423);
    await expect(page.getByTestId('sign-in-error')).toBeVisible();
  }
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toContainText('locked');
  const countdown = page.getByTestId('lock-countdown');
  await expect(countdown).toHaveText(/^[12]:\d\d$/);
  const first = await countdown.textContent();
  await expectAccessible(page);
  await expect(countdown).not.toHaveText(first!, { timeout: 3_000 });
});

test('an idle session warns for its last minute, then ends', async ({ page, request }) => {
  await page.clock.install();
  await signIn(page, 'merchant');
  const token = await storedToken(page);

  await page.clock.fastForward('14:00');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('idle-countdown')).toHaveText(/^[01]:\d\d$/);
  await expect(dialog.getByRole('button', { name: 'Stay signed in' })).toBeVisible();
  await expectAccessible(page);

  await advanceSandboxClock(request, 15 * 60);
  await page.clock.fastForward('01:05');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('status')).toHaveText(
    'You were signed out because you were inactive for too long.',
  );

  const replay = await request.put('/WSAPI/Authentication', {
    headers: {
      'X-Roam-Token': token!,
      'X-Roam-ApiVersion': '6.0.0',
      'X-Roam-ClientVersion': '1.0.0',
      'Content-Type': 'application/json',
    },
  });
  expect(replay.status()).toBe(401);
});

test('"Stay signed in" keeps the session and refreshes it', async ({ page }) => {
  await page.clock.install();
  await signIn(page, 'merchant');
  await page.clock.fastForward('14:00');
  const refresh = page.waitForRequest(
    (r) => r.method() === 'PUT' && /\/wsapi\/authentication/i.test(r.url()),
  );
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  expect((await refresh).headers()['x-roam-token']).toMatch(/^MCM6-/);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('user-name')).toHaveText('merchant');
});
