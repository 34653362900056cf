import { readFileSync } from 'node:fs';
import { signIn, signOut, storedToken } from '../helpers/auth';
import { demoPassword, resetSandbox, roamHeaders } from '../helpers/sandbox';
import { expect, test } from '../helpers/test';
import { accessLogPath } from './nginx';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('the access log has every request but no token, Roam header, password or query', async ({
  page,
}) => {
  await signIn(page, 'merchant');
  const token = await storedToken(page);
  expect(token).toMatch(/^MCM6-/);
  await page.goto('/transactions?search=secret-query-text');
  await signOut(page);
  await expect(page).toHaveURL(/\/login$/);

  const lines = readFileSync(accessLogPath, 'utf8').trim().split('\n');
  const entries = lines.map((line) => JSON.parse(line) as { method: string; path: string });
  expect(
    entries.some((entry) => entry.method === 'POST' && entry.path === '/WSAPI/Authentication'),
  ).toBe(true);
  expect(
    entries.some((entry) => entry.method === 'DELETE' && entry.path === '/WSAPI/Authentication'),
  ).toBe(true);
  expect(entries.some((entry) => entry.path === '/transactions')).toBe(true);
  const log = lines.join('\n');
  for (const secret of [
    token!,
    'MCM6-',
    roamHeaders['X-Roam-Key'],
    demoPassword,
    'secret-query-text',
  ])
    expect(log, 'nothing secret in the access log').not.toContain(secret);
  expect(log.toLowerCase()).not.toContain('x-roam');
});
