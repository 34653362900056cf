import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test as base } from '@playwright/test';
import { expectLayoutFits } from './layout';

/**
 * Every journey runs with these guards, checked after each test on every page it opened:
 * - no Content-Security-Policy or Trusted Types violation,
 * - no console error from the app (the browser's own "Failed to load resource" lines for the
 *   4xx answers a test provokes on purpose are not app errors),
 * - nothing ever written to localStorage, and no session token in any URL requested,
 * - no serious or critical axe-core accessibility violation on the page as it was left, and the
 *   layout check of e2e/helpers/layout.ts at a phone's and a desktop's size.
 * Journeys also call `expectAccessible(page)` on each distinct page they pass through.
 */
interface Guards {
  guards: void;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __localStorageWrites?: string[];
  }
}

export const test = base.extend<Guards>({
  guards: [
    async ({ context }, use) => {
      const consoleErrors: string[] = [];
      const tokenUrls: string[] = [];
      context.on('request', (request) => {
        if (/MCM6-/i.test(request.url())) tokenUrls.push(request.url());
      });
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
            consoleErrors.push(`${page.url()}: ${message.text()}`);
          }
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await context.addInitScript(() => {
        const violations: string[] = [];
        const writes: string[] = [];
        window.__cspViolations = violations;
        window.__localStorageWrites = writes;
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key: string, value: string) {
          if (this === window.localStorage) writes.push(`${key}=${value}`);
          return setItem.call(this, key, value);
        };
      });

      await use();

      for (const page of context.pages()) {
        if (page.isClosed() || page.url() === 'about:blank') continue;
        const found = await page.evaluate(() => ({
          csp: window.__cspViolations ?? [],
          writes: window.__localStorageWrites ?? [],
          stored: Object.keys(window.localStorage),
        }));
        expect(found.csp, 'no CSP or Trusted Types violation').toEqual([]);
        expect(found.writes, 'nothing is ever written to localStorage').toEqual([]);
        expect(found.stored, 'localStorage stays empty').toEqual([]);
        await expectAccessible(page);
      }
      expect(consoleErrors, 'no console errors').toEqual([]);
      expect(tokenUrls, 'no session token in any URL').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * axe-core on the settled page: no serious or critical violation (WCAG 2.1 A/AA rules); then
 * the layout check (nothing scrolls sideways, no hint or error over another field) at 1366×900
 * and 390×844, with a screenshot of each attached to the test.
 * Text half-way through a fade-in is not what the user reads, so each pass first waits for
 * running animations; a message that starts fading in after that wait (an error shown a frame
 * later) is measured again once it has settled. A real violation stays and fails the test.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await expect(async () => {
    await settleAnimations(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
  }).toPass({ intervals: [250, 500, 1000], timeout: 5_000 });
  await expectLayoutFits(page, base.info());
}

async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Let transitions that start on the next frames begin, then wait for every finite one.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}
