import { signIn } from './helpers/auth';
import { demoPassword, resetSandbox, roamHeaders } from './helpers/sandbox';
import { expect, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('sysadmin turns off the virtual terminal; a signed-in merchant loses it at the next refresh', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await signIn(page, 'merchant');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Virtual terminal' }).click();
  await expect(page).toHaveURL(/\/virtual-terminal$/);

  const signInResponse = await request.post('/WSAPI/Authentication', {
    headers: roamHeaders,
    data: { user_name: 'sysadmin', password: demoPassword },
  });
  const sysadmin = (await signInResponse.json()).session.session_token as string;
  const change = await request.put('/WSAPI/Organizations/8/Configuration', {
    headers: { ...roamHeaders, 'X-Roam-Token': sysadmin },
    data: { configuration: { 'component.access.virtual_terminal': false } },
  });
  expect(change.status()).toBe(200);

  // Nothing changes until the session is refreshed: then the link goes, and so does the page.
  await expect(nav.getByRole('link', { name: 'Virtual terminal' })).toBeVisible();
  await page.clock.fastForward('14:00');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(nav.getByRole('link', { name: 'Virtual terminal' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/forbidden\?/);
  await expect(page.getByTestId('missing-permissions')).toContainText(
    'component.access.virtual_terminal',
  );
  await expect(nav.getByRole('link', { name: 'Transactions' })).toBeVisible();
});
