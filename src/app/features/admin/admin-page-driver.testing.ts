import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';

/*
 * Shared by the admin page specs (billing, boarding): how a spec reads and works a rendered page.
 * Test-only; what a spec asserts stays in the spec.
 */

/**
 * The ways a spec reads and works the page `fixture()` renders. Fields are found by DOM id,
 * `idPrefix` first (`'billing-'`: `input('phone')` is `#billing-phone`).
 */
export function adminPageDriver(fixture: () => ComponentFixture<unknown>, idPrefix = '') {
  const page = () => fixture().nativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.trim() ?? '';
  const input = (id: string) => page().querySelector<HTMLInputElement>(`#${idPrefix}${id}`);
  const errors = () =>
    [...page().querySelectorAll('mat-error')].map((e) => e.textContent?.trim() ?? '');
  const settle = () => fixture().whenStable();
  async function type(id: string, value: string): Promise<void> {
    input(id)!.value = value;
    input(id)!.dispatchEvent(new Event('input'));
    await settle();
  }
  /** Picks `option` in the Material select with that id. */
  async function choose(id: string, option: string | RegExp): Promise<void> {
    const select = await TestbedHarnessEnvironment.loader(fixture()).getHarness(
      MatSelectHarness.with({ selector: `#${idPrefix}${id}` }),
    );
    await select.open();
    await select.clickOptions({ text: option });
    await settle();
  }
  return { page, text, input, errors, settle, type, choose };
}
