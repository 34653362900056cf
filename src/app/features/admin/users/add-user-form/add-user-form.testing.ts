import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Availability, Creation } from '../organization-users-store';
import { NewUser } from '../users.model';
import { AddUserForm } from './add-user-form';

/*
 * Shared set-up of the add-user-form.*.spec.ts files; imported by those specs only.
 * What a spec asserts stays in the spec (no Jasmine globals here).
 */

export const VALID = {
  userName: 'jsmith',
  temporaryPassword: 'Welcome-2026-x',
  firstName: 'John',
  lastName: 'Smith',
  primaryEmail: 'john@example.com',
};

/**
 * An AddUserForm with nothing checked or created yet, and the ways a spec reads and works it.
 * `create()` (in a beforeEach) returns that spec's fixture and what the form has emitted so far:
 * the users submitted and the names it asked to check.
 */
export function addUserFormTesting() {
  let fixture: ComponentFixture<AddUserForm>;

  async function create(): Promise<{
    fixture: ComponentFixture<AddUserForm>;
    submitted: NewUser[];
    checks: string[];
  }> {
    fixture = TestBed.createComponent(AddUserForm);
    fixture.componentRef.setInput('availability', { status: 'idle' });
    fixture.componentRef.setInput('creation', { status: 'idle' });
    const submitted: NewUser[] = [];
    const checks: string[] = [];
    fixture.componentInstance.userSubmitted.subscribe((user) => submitted.push(user));
    fixture.componentInstance.availabilityCheckRequested.subscribe((name) => checks.push(name));
    fixture.autoDetectChanges();
    await fixture.whenStable();
    return { fixture, submitted, checks };
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const input = (name: string) =>
    page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
  const button = (text: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent?.trim() === text,
    )!;
  const errors = () =>
    [...page().querySelectorAll('mat-error')].map((error) => error.textContent?.trim());
  const testId = (id: string) => page().querySelector(`[data-testid="${id}"]`);

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input', { bubbles: true }));
    await fixture.whenStable();
  }
  async function blur(name: string): Promise<void> {
    input(name).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }
  async function fill(values: Partial<typeof VALID> = {}): Promise<void> {
    for (const [name, value] of Object.entries({ ...VALID, ...values })) await type(name, value);
  }
  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }
  async function answer(input: 'availability' | 'creation', value: Availability | Creation) {
    fixture.componentRef.setInput(input, value);
    await fixture.whenStable();
  }

  return { create, page, input, button, errors, testId, type, blur, fill, submit, answer };
}
