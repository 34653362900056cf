import { ComponentFixture } from '@angular/core/testing';

/** How a spec works a rendered reactive form, the way a user does. */
export interface FormDriver {
  /** The component's element. */
  page(): HTMLElement;
  /** The `<input>` or `<textarea>` whose `formControlName` is `name`. */
  input(name: string): HTMLInputElement;
  /** Types `value` into the field `name` (an `input` event), then waits for the page. */
  type(name: string, value: string): Promise<void>;
  /** Clicks the form's submit button, then waits for the page. */
  submit(): Promise<void>;
  /** The texts of the field errors shown, in page order. */
  errors(): (string | undefined)[];
}

/**
 * A {@link FormDriver} for the fixture `fixture()` returns (a getter, so one driver serves a spec
 * that creates a new fixture per test): `const form = formDriver(() => fixture);`.
 */
export function formDriver(fixture: () => ComponentFixture<unknown>): FormDriver {
  const page = () => fixture().nativeElement as HTMLElement;
  const input = (name: string) =>
    page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
  return {
    page,
    input,
    async type(name, value) {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input'));
      await fixture().whenStable();
    },
    async submit() {
      page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await fixture().whenStable();
    },
    errors: () =>
      [...page().querySelectorAll('mat-error')].map((error) => error.textContent?.trim()),
  };
}
