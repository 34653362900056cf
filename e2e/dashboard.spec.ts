import { expect, expectAccessible, test } from './helpers/test';
import { signIn } from './helpers/auth';
import { controlHeaders, injectFault, requestsSeenByServer, resetSandbox } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** An amount as Intl writes it for a currency whose symbol is plain `$` in this locale. */
const DOLLARS = /^\s*-?\$\d{1,3}(,\d{3})*\.\d{2}\s*$/;

test('merchant: the identity header from the login response, then one summary request with the figures', async ({
  page,
  request,
}) => {
  await signIn(page, 'merchant');
  await expect(page.getByTestId('organization-type')).toHaveText('merchant');
  // The business's name, not "Merchant 8"; the ids wait in "Account details".
  await expect(page.getByTestId('merchant-name')).toHaveText('Demo Merchant');
  await expect(page.getByTestId('business-name')).toHaveText('Demo Merchant');
  await expect(page.getByText('Chain', { exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Account details' }).click();
  await expect(page.getByText('Chain', { exact: true })).toBeVisible();

  const summary = page.getByTestId('sales-summary');
  await expect(summary.getByTestId('figures-today')).toBeVisible();
  await expect(summary.getByTestId('figures-period').getByTestId('figure-sales')).toHaveText(
    DOLLARS,
  );
  // The seeded history has sales on most of the last 30 days.
  const period = await summary
    .getByTestId('figures-period')
    .getByTestId('figure-count')
    .innerText();
  expect(Number(period)).toBeGreaterThan(50);

  // The sign-in itself, then the one aggregate and the business's name: no transaction list.
  const seen = (await requestsSeenByServer(request)).map((r) => `${r.method} ${r.path}`);
  expect(seen[0]).toBe('POST /WSAPI/Authentication');
  expect(
    seen
      .slice(1)
      .map((line) => line.replace(/\?.*$/, ''))
      .sort(),
  ).toEqual(['GET /WSAPI/Merchants/Current', 'GET /WSAPI/Transactions/Summary']);

  // The chart is a picture with a name; its numbers are a table with headers.
  await expect(page.getByRole('img', { name: /Daily sales and net/ })).toBeVisible();
  const daily = page.getByRole('table', { name: /Daily totals, last 30 days/ });
  await expect(daily.getByRole('columnheader')).toHaveText([
    'Day',
    'Sales',
    'Refunds',
    'Net',
    'Sales count',
  ]);
  await expect(daily.locator('tbody tr')).toHaveCount(30);
  const tenders = page.getByRole('table', { name: /Sales by tender/ });
  await expect(tenders.getByRole('rowheader', { name: 'Cash' })).toBeVisible();
  await expect(tenders.getByRole('rowheader', { name: 'Card' })).toBeVisible();
  await expectAccessible(page);
});

test('canada sees CAD formatted for en-CA', async ({ page }) => {
  await signIn(page, 'canada');
  const period = page.getByTestId('figures-period');
  await expect(period.getByTestId('figure-sales')).toHaveText(DOLLARS);
  // en-US would write CAD as CA$; en-CA writes its own dollar plainly.
  await expect(page.getByTestId('sales-summary')).not.toContainText('CA$');
  await expect(page.getByTestId('sales-summary')).not.toContainText('US$');
  await expect(
    page
      .getByRole('table', { name: /Daily totals/ })
      .locator('tbody tr')
      .first()
      .locator('td')
      .first(),
  ).toHaveText(DOLLARS);
  await expectAccessible(page);
});

test('a failed summary is an alert with a retry; the identity header stays', async ({
  page,
  request,
}) => {
  await injectFault(request, {
    method: 'GET',
    path: '/WSAPI/Transactions/Summary',
    count: 10,
    status: 500,
  });
  await signIn(page, 'merchant');
  const alert = page.getByTestId('summary-error');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('processor-name')).toHaveText('Vantiv');

  await request.delete('/__sandbox/faults', { headers: controlHeaders });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('figures-today')).toBeVisible();
  await expect(alert).toHaveCount(0);
  await expectAccessible(page);
});

test('sysadmin: no sales figures are asked for a system organization', async ({
  page,
  request,
}) => {
  await signIn(page, 'sysadmin');
  await expect(page.getByTestId('organization-type')).toHaveText('system');
  await expect(page.getByTestId('sales-summary')).toHaveCount(0);
  const seen = (await requestsSeenByServer(request)).map((r) => r.path);
  expect(seen.filter((path) => path.includes('Summary'))).toEqual([]);
});
