import { expect, test } from './helpers/test';
import { signIn, signOut, storedToken } from './helpers/auth';
import { controlHeaders, demoPassword, injectFault, resetSandbox } from './helpers/sandbox';

const AUTH = '/WSAPI/Authentication';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function fillSignIn(
  page: import('@playwright/test').Page,
  userName = 'merchant',
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a slow sign-in (5 s) shows progress, then arrives', async ({ page, request }) => {
  await injectFault(request, { method: 'POST', path: AUTH, count: 1, latency_ms: 5_000 });
  await fillSignIn(page);
  await expect(page.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
  await expect(page.getByRole('progressbar', { name: 'Signing in' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveText('merchant', { timeout: 15_000 });
});

for (const [fault, message] of [
  [{ status: 500 }, 'The server had a problem (HTTP 500).'],
  [{ status: 503 }, 'The service is unavailable right now.'],
  [{ drop: true }, 'The portal could not reach the server.'],
] as const) {
  test(`sign-in failing with ${JSON.stringify(fault)} says so, keeps the user name, and works on retry`, async ({
    page,
    request,
  }) => {
    // Chromium's network stack itself re-sends a request (up to ~6 times) when the connection
    // closes before any answer, so the fault is armed for more than that and cleared before the
    // user's own retry. The portal never re-sends a POST.
    await injectFault(request, { method: 'POST', path: AUTH, count: 10, ...fault });
    await fillSignIn(page);
    await expect(page.getByTestId('sign-in-error')).toContainText(message);
    await request.delete('/__sandbox/faults', { headers: controlHeaders });
    await expect(page.getByLabel('User name')).toHaveValue('merchant');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('user-name')).toHaveText('merchant');
  });
}

for (const fault of [{ latency_ms: 5_000 }, { status: 500 }, { status: 503 }, { drop: true }]) {
  test(`a refresh failing with ${JSON.stringify(fault)} never signs a valid session out`, async ({
    page,
    request,
  }) => {
    await page.clock.install();
    await signIn(page, 'merchant');
    await injectFault(request, { method: 'PUT', path: AUTH, count: 20, ...fault });
    await page.clock.fastForward('14:00');
    await page.getByRole('button', { name: 'Stay signed in' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.fastForward('00:30');
    await expect(page.getByTestId('user-name')).toHaveText('merchant');
    expect(await storedToken(page)).toMatch(/^MCM6-/);
  });
}

for (const fault of [{ latency_ms: 5_000 }, { status: 500 }, { status: 503 }, { drop: true }]) {
  test(`a sign-out whose DELETE meets ${JSON.stringify(fault)} still signs out here at once`, async ({
    page,
    request,
  }) => {
    await signIn(page, 'merchant');
    await injectFault(request, { method: 'DELETE', path: AUTH, count: 20, ...fault });
    await signOut(page);
    await expect(page).toHaveURL(/\/login$/, { timeout: 2_000 });
    await expect(page.getByRole('status')).toHaveText('You have signed out.');
    expect(await storedToken(page)).toBeNull();
  });
}

for (const fault of [{ latency_ms: 5_000 }, { status: 500 }]) {
  test(`a feature read meeting ${JSON.stringify(fault)} shows the page or a way to retry`, async ({
    page,
    request,
  }) => {
    await signIn(page, 'newuser', demoPassword, { expectDashboard: false });
    await injectFault(request, { method: 'GET', path: '/WSAPI/Users/Terms', count: 1, ...fault });
    await page.getByLabel('Current password').fill(demoPassword);
    await page.getByLabel('New password', { exact: true }).fill('Fresh-Start-2026');
    await page.getByLabel('Confirm new password').fill('Fresh-Start-2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page).toHaveURL(/\/first-login\/terms/);
    const accept = page.getByRole('checkbox', { name: 'I have read and accept these terms' });
    if (fault.latency_ms) {
      await expect(accept).toBeVisible({ timeout: 15_000 });
    } else {
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(accept).toBeVisible();
    }
  });
}

test('a feature read is retried with backoff, and offers "Try again" when it keeps failing', async ({
  page,
  request,
}) => {
  await signIn(page, 'newuser', demoPassword, { expectDashboard: false });
  await expect(page).toHaveURL(/\/first-login\/password/);
  // Two 503s: the portal retries on its own and the user never notices.
  await injectFault(request, { method: 'GET', path: '/WSAPI/Users/Terms', count: 2, status: 503 });
  await page.getByLabel('Current password').fill(demoPassword);
  await page.getByLabel('New password', { exact: true }).fill('Fresh-Start-2026');
  await page.getByLabel('Confirm new password').fill('Fresh-Start-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'I have read and accept these terms' }),
  ).toBeVisible();

  // A connection that keeps dropping: a clear message and a way to try again.
  await page.reload();
  await injectFault(request, { method: 'GET', path: '/WSAPI/Users/Terms', count: 20, drop: true });
  await page.goto('/first-login/terms');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 15_000 });
  await request.delete('/__sandbox/faults', { headers: controlHeaders });
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'I have read and accept these terms' }),
  ).toBeVisible();
});

for (const skewMinutes of [10, -10]) {
  test(`a browser clock ${skewMinutes > 0 ? 'ahead' : 'behind'} by 10 minutes still gets the real session window`, async ({
    page,
  }) => {
    await page.clock.install({ time: Date.now() + skewMinutes * 60_000 });
    await signIn(page, 'merchant');
    const { expiresAt, now } = await page.evaluate(() => ({
      expiresAt: Date.parse(
        document.querySelector('[data-testid="session-expiry"] time')!.getAttribute('datetime')!,
      ),
      now: Date.now(),
    }));
    const minutesLeft = (expiresAt - now) / 60_000;
    expect(minutesLeft).toBeGreaterThan(14);
    expect(minutesLeft).toBeLessThanOrEqual(15.1);
    await page.clock.fastForward('05:00');
    await expect(page.getByTestId('user-name')).toHaveText('merchant');
  });
}
