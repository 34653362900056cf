import { Locator, Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** A theme colour (`--mat-sys-…`) as the browser computes it, e.g. `rgb(0, 93, 185)`. */
async function themeColor(page: Page, token: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(--mat-sys-${name})`;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, token);
}

async function style(link: Locator) {
  return link.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      color: computed.color,
      underline: computed.textDecorationLine,
      outline: `${computed.outlineStyle} ${computed.outlineColor}`,
    };
  });
}

/** Focused by the keyboard (back and forth with Tab), as :focus-visible needs. */
async function keyboardFocus(page: Page, link: Locator): Promise<void> {
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
}

test('links are the theme’s: primary and underlined, ringed in the primary colour when focused', async ({
  page,
}) => {
  await signIn(page, 'sysadmin');
  await page.goto('/admin/merchants');
  await expect(page.getByTestId('merchants-summary')).toHaveText('5 merchants.');
  const primary = await themeColor(page, 'primary');

  const merchant = page.getByRole('link', { name: 'Demo Canadian Merchant' });
  expect(await style(merchant)).toEqual(
    expect.objectContaining({ color: primary, underline: 'underline' }),
  );
  await keyboardFocus(page, merchant);
  expect((await style(merchant)).outline).toBe(`solid ${primary}`);
  await expectAccessible(page);

  // A link in a sentence (the page that does not exist) is the same.
  await page.goto('/no-such-page');
  const start = page.getByRole('link', { name: 'Go to the start page' });
  expect(await style(start)).toEqual(
    expect.objectContaining({ color: primary, underline: 'underline' }),
  );

  // Navigation keeps its own look: the side list and the merchant tabs are not underlined.
  const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Administration',
  });
  expect((await style(nav)).underline).toBe('none');

  // Buttons that are links keep their own look.
  await page.goto('/admin/merchants/new');
  const back = page.getByRole('link', { name: 'Cancel' });
  expect((await style(back)).underline).toBe('none');
  await page.goto('/admin/merchants/8');
  const tab = page.getByRole('navigation', { name: 'Merchant' }).getByRole('link').first();
  expect((await style(tab)).underline).toBe('none');
});
