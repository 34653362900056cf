import { expectLayoutFits, findLayoutProblems } from './helpers/layout';
import { expect, test } from './helpers/test';

/**
 * The layout check of e2e/helpers/layout.ts on pages made for it: it names what scrolls sideways
 * and which hint box runs over which field, and says nothing about a page that fits.
 */
const field = (label: string, message = '', tag = 'mat-hint', style = '') => `
  <mat-form-field style="display: flex; flex-direction: column; width: 20rem">
    <div class="mat-mdc-text-field-wrapper" style="height: 56px; border: 1px solid">
      <mat-label>${label}</mat-label><input aria-label="${label}" />
    </div>
    <div style="height: 20px; position: relative">
      ${message ? `<${tag} style="display: block; position: absolute; ${style}">${message}</${tag}>` : ''}
    </div>
  </mat-form-field>`;

test('a page that fits passes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(
    `<!doctype html><main>${field('Card number', 'Visa')}${field('Expiry')}</main>`,
  );
  expect(await page.evaluate(findLayoutProblems)).toEqual([]);
});

test('an element wider than the phone fails, and is named', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(
    `<!doctype html><main><div class="picker" style="display: flex"><div style="flex: none; width: 426px">Pick</div></div></main>`,
  );
  const problems = await page.evaluate(findLayoutProblems);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^the page scrolls sideways: \d+px of content in 390px/);
  expect(problems[0]).toContain('div.picker > div "Pick" (426px wide');
});

test('a table scrolling in its own frame fails, and is named', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.setContent(
    `<!doctype html><main><div class="table-scroll" style="overflow-x: auto"><table style="width: 536px"><tr><td>Cash</td></tr></table></div></main>`,
  );
  const problems = await page.evaluate(findLayoutProblems);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(
    'main > div.table-scroll "Cash" scrolls sideways: 536px of content in',
  );
  expect(problems[0]).toContain('table "Cash" (536px wide');
});

test('a hint running over the next field, or under a button, fails, and both are named', async ({
  page,
}) => {
  await page.setContent(
    `<!doctype html><main>
      ${field('Card number', 'Enter a card number of 13 to 19 digits', 'mat-error', 'height: 40px')}
      ${field('Expiry')}
      ${field('Country', 'Where the business is', 'mat-hint', 'height: 40px')}
      <button>Save address</button>
    </main>`,
  );
  expect(await page.evaluate(findLayoutProblems)).toEqual([
    expect.stringMatching(
      /^the mat-error of .*mat-label "Card number" \(.*mat-error "Enter a card number of 13 to 19 digits"\) intersects .*mat-label "Expiry"$/,
    ),
    expect.stringMatching(
      /^the mat-hint of .*mat-label "Country" \(.*mat-hint "Where the business is"\) intersects .*> button "Save address"$/,
    ),
  ]);
});

test('the journeys’ check fails on such a page at the phone’s size, whatever the window', async ({
  page,
}) => {
  await page.setContent(`<!doctype html><main><div style="width: 426px">Pick</div></main>`);
  await expect(expectLayoutFits(page, test.info())).rejects.toThrow(
    /layout of blank @390[\s\S]*the page scrolls sideways/,
  );
  expect(page.viewportSize(), 'the window gets its size back').toEqual({
    width: 1366,
    height: 900,
  });
});
