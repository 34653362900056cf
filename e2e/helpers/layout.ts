import { Page, TestInfo, expect } from '@playwright/test';

/**
 * The layout check every journey runs on each page it passes through (from `expectAccessible`),
 * at a phone's and at a desktop's size:
 * - nothing scrolls sideways: not the page, not an element in it (a table in a scrolling frame
 *   counts: on a phone a list stacks, it does not pan);
 * - no form field's hint or error text intersects another field or control (a message running
 *   over the next field's label, or hidden behind a button).
 * A full-page screenshot at each size is attached to the test (`playwright-report/`).
 */
export const LAYOUT_SIZES = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * Checks the page at both sizes, the current one first, and leaves it at the size it had. The
 * window changes size as few times as it can (each change lays the whole page out again): the
 * picture of one size is taken at that width made tall, and the next size follows from there.
 */
export async function expectLayoutFits(page: Page, testInfo: TestInfo): Promise<void> {
  const original = page.viewportSize();
  const sizes = [...LAYOUT_SIZES].sort(
    (a, b) => Number(b.width === original?.width) - Number(a.width === original?.width),
  );
  // A navigation drawer the journey opened over the page at a phone's size closes when the window
  // widens (the shell's binding), and an open menu loses its trigger when its stacked row turns
  // into a table row; such a page is checked at its own size only (dialogs stay open: both sizes).
  const ownSizeOnly = await page
    .locator('.mat-drawer-over.mat-drawer-opened, .cdk-overlay-container .mat-mdc-menu-panel')
    .count();
  const path = new URL(page.url()).pathname;
  try {
    for (const size of ownSizeOnly && original ? [original] : sizes) {
      const current = page.viewportSize();
      if (size.width !== current?.width || size.height !== current?.height) {
        await page.setViewportSize(size);
        await settle(page);
      }
      try {
        // A layout the resize starts (the shell's breakpoint) may land a frame after the settle.
        await expect(async () => {
          const problems = await page.evaluate(findLayoutProblems);
          expect(problems, `layout of ${path} @${size.width}`).toEqual([]);
        }).toPass({ intervals: [250, 500], timeout: 1_500 });
      } finally {
        await attachScreenshot(page, testInfo, `${path} @${size.width}`);
      }
    }
  } finally {
    const current = page.viewportSize();
    if (original && (original.width !== current?.width || original.height !== current?.height)) {
      await page.setViewportSize(original);
      await settle(page);
    }
  }
}

/**
 * The page laid out at its new size: the layout the resize starts (the shell's breakpoint opens or
 * closes the navigation) has begun, and its transitions are jumped to their end, which is what the
 * user sees once they are over (waiting them out doubled the time of a journey).
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
    }
    await frame();
  });
}

/**
 * The whole content, not only the window: the portal scrolls inside its shell (not the document),
 * so the window is made as tall as the content (same width) for the picture.
 */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const size = page.viewportSize();
  const extra = await page.evaluate(() =>
    Math.max(
      0,
      ...[document.scrollingElement, ...document.querySelectorAll('mat-sidenav-content, main')]
        .filter((element): element is Element => !!element)
        .map((element) => element.scrollHeight - element.clientHeight),
    ),
  );
  if (size && extra > 0) {
    await page.setViewportSize({ width: size.width, height: Math.min(size.height + extra, 6000) });
  }
  const body = await page.screenshot({
    fullPage: true,
    animations: 'disabled',
    type: 'jpeg',
    quality: 80,
  });
  await testInfo.attach(name, { body, contentType: 'image/jpeg' });
}

/**
 * Runs in the page: a sentence for each element that scrolls sideways (and what sticks out of
 * it) and for each hint or error box that intersects another field. Exported for the check's own
 * test (e2e/layout-check.spec.ts).
 */
export function findLayoutProblems(): string[] {
  const problems: string[] = [];
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
  };
  const describe = (element: Element) => {
    const name = (node: Element) =>
      node.tagName.toLowerCase() +
      (node.id ? `#${node.id}` : '') +
      [...node.classList]
        .filter((c) => !c.startsWith('ng-') && !c.startsWith('mdc-') && !c.startsWith('cdk-'))
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('') +
      (node.getAttribute('data-testid') ? `[data-testid=${node.getAttribute('data-testid')}]` : '');
    const path = [name(element)];
    for (let node = element.parentElement; node && path.length < 3; node = node.parentElement) {
      path.unshift(name(node));
    }
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${path.join(' > ')}${text ? ` "${text}"` : ''}`;
  };
  const px = (value: number) => `${Math.round(value)}px`;

  // 1. Sideways scrolling: the document, or any element that scrolls (form controls' own text
  // excepted), and the outermost elements that stick out of its right edge.
  const root = document.scrollingElement ?? document.documentElement;
  const scrollers = [root, ...document.querySelectorAll('body *')].filter((element) => {
    if (element.matches('input, textarea, select')) return false;
    if (element !== root && !/auto|scroll/.test(getComputedStyle(element).overflowX)) return false;
    return element.scrollWidth > element.clientWidth + 1;
  });
  for (const scroller of scrollers) {
    const box = scroller.getBoundingClientRect();
    const edge =
      scroller === root ? root.clientWidth : box.left + scroller.clientLeft + scroller.clientWidth;
    const clippedOrInside = (element: Element) => {
      for (let node = element.parentElement; node && node !== scroller; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (element: Element | null): boolean =>
      !!element && element.getBoundingClientRect().right > edge + 1;
    const outermost = [...scroller.querySelectorAll('*')]
      .filter(
        (element) =>
          sticksOut(element) &&
          visible(element) &&
          (element.parentElement === scroller || !sticksOut(element.parentElement)) &&
          !clippedOrInside(element),
      )
      .slice(0, 5)
      .map(
        (element) =>
          `${describe(element)} (${px(element.getBoundingClientRect().width)} wide, right edge at ${px(element.getBoundingClientRect().right)})`,
      );
    problems.push(
      `${scroller === root ? 'the page' : describe(scroller)} scrolls sideways: ${px(scroller.scrollWidth)} of content in ${px(scroller.clientWidth)}` +
        (outermost.length ? `; sticking out: ${outermost.join('; ')}` : ''),
    );
  }

  // 2. Hint and error boxes against the other fields and controls of the same layer (the page,
  // or one overlay pane: a dialog's fields are not compared with the page behind it).
  const layer = (element: Element) => element.closest('.cdk-overlay-pane');
  const fields = [...document.querySelectorAll('mat-form-field')].filter(visible);
  const controls = [
    ...document.querySelectorAll(
      'button, a[href], input, select, textarea, [role=button], [role=radio], [role=checkbox], [role=switch], mat-radio-button, mat-checkbox, mat-slide-toggle',
    ),
  ].filter((control) => !control.closest('mat-form-field') && visible(control));
  const fieldBox = (field: Element) =>
    [field.querySelector('.mat-mdc-text-field-wrapper'), field.querySelector('mat-label')]
      .filter((part): part is Element => !!part && visible(part))
      .map((part) => part.getBoundingClientRect());
  const intersect = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const field of fields) {
    const messages = [...field.querySelectorAll('mat-hint, mat-error')].filter(visible);
    for (const message of messages) {
      const box = message.getBoundingClientRect();
      const others = [
        ...fields
          .filter((other) => other !== field && layer(other) === layer(field))
          .filter((other) => fieldBox(other).some((part) => intersect(box, part))),
        ...controls.filter(
          (control) =>
            layer(control) === layer(field) && intersect(box, control.getBoundingClientRect()),
        ),
      ];
      for (const other of others) {
        problems.push(
          `the ${message.tagName.toLowerCase()} of ${describe(field.querySelector('mat-label') ?? field)} (${describe(message)}) intersects ${describe(other.querySelector('mat-label') ?? other)}`,
        );
      }
    }
  }
  return problems;
}
