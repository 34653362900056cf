import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { createPasswordChangeForm, submittedPasswordChange } from './password-change-form';
import { PasswordChangeFields } from './password-change-fields';
import { refusal } from '../../../../testing/wsapi-errors';

/** A page as the real ones are: its own OnPush form, submit and reset around the fields. */
@Component({
  imports: [ReactiveFormsModule, PasswordChangeFields],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mcm-password-change-fields [form]="form" [userName]="userName()" rulesId="test-rules" />
      <button type="submit">Change password</button>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class HostPage {
  readonly userName = signal('merchant');
  readonly form = createPasswordChangeForm(() => this.userName());
  readonly formDirective = viewChild.required(FormGroupDirective);
  readonly fields = viewChild.required(PasswordChangeFields);
  readonly sent: unknown[] = [];

  submit(): void {
    const change = submittedPasswordChange(this.form);
    if (change) this.sent.push(change);
  }
}

describe('PasswordChangeFields', () => {
  let fixture: ComponentFixture<HostPage>;
  let host: HostPage;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostPage);
    host = fixture.componentInstance;
    await fixture.whenStable();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const input = (name: string) =>
    page().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
  const fieldError = (name: string) =>
    input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? null;
  const rules = () =>
    Array.from(page().querySelectorAll('#test-rules li')).map((item) =>
      item.classList.contains('rules__rule--met'),
    );

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  it('binds its inputs to the page’s form', async () => {
    await type('currentPassword', 'Sandbox!2026');
    await type('newPassword', 'Harbour-lights-42');
    await type('confirmPassword', 'Harbour-lights-42');
    await submit();
    expect(host.sent).toEqual([{ current: 'Sandbox!2026', next: 'Harbour-lights-42' }]);
  });

  it('shows what is missing once the page’s form is submitted', async () => {
    await submit();
    expect(fieldError('currentPassword')).toBe('Enter your current password.');
    expect(fieldError('newPassword')).toBe('Enter a new password.');
    expect(fieldError('confirmPassword')).toBe('Enter the new password again.');
  });

  it('points the new password at the rules list the page named', async () => {
    expect(page().querySelector('ul')?.id).toBe('test-rules');
    expect(input('newPassword').getAttribute('aria-describedby')).toContain('test-rules');
    expect(rules()).toEqual([false, false, false, false]);
    await type('newPassword', 'merchant-2026');
    expect(rules()).toEqual([true, true, false, true]);
  });

  it('ticks off the rules when the page changes the form, and re-checks for a new user name', async () => {
    host.form.controls.newPassword.setValue('Harbour-lights-42');
    await fixture.whenStable();
    expect(rules()).toEqual([true, true, true, true]);
    host.userName.set('harbour');
    await fixture.whenStable();
    expect(rules()).toEqual([true, true, false, true]);
    host.formDirective().resetForm();
    await fixture.whenStable();
    expect(rules()).toEqual([false, false, false, false]);
  });

  it('shows a server error on its field, focused, and clears it with a reset', async () => {
    await type('newPassword', 'Harbour-lights-42');
    const shown = host
      .fields()
      .showServerError(refusal('new_password', 'The new password was used recently.'));
    await fixture.whenStable();
    expect(shown).toBeTrue();
    expect(fieldError('newPassword')).toBe('The new password was used recently.');
    expect(document.activeElement).toBe(input('newPassword'));

    host.formDirective().resetForm();
    await fixture.whenStable();
    expect(fieldError('newPassword')).toBeNull();
  });

  it('leaves an error about no field of its own to the page', async () => {
    expect(host.fields().showServerError({ kind: 'network' })).toBeFalse();
    await fixture.whenStable();
    expect(page().querySelector('mat-error')).toBeNull();
  });
});
