import { ComponentFixture, TestBed } from '@angular/core/testing';
import { formDriver } from '../../../../testing/form-driver';
import { PasswordChange } from '../account.model';
import { SaveState } from '../state/account.feature';
import { PasswordForm } from './password-form';
import { refusal } from '../../../../testing/wsapi-errors';

describe('PasswordForm', () => {
  let fixture: ComponentFixture<PasswordForm>;
  let emitted: PasswordChange[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(PasswordForm);
    fixture.componentRef.setInput('userName', 'merchant');
    fixture.componentRef.setInput('save', { status: 'idle', error: null });
    emitted = [];
    fixture.componentInstance.passwordSubmitted.subscribe((change) => emitted.push(change));
    await fixture.whenStable();
  });

  const { page, input, type, submit, errors } = formDriver(() => fixture);
  async function fill(current: string, next: string, confirm = next): Promise<void> {
    await type('currentPassword', current);
    await type('newPassword', next);
    await type('confirmPassword', confirm);
    await submit();
  }
  async function answer(save: SaveState): Promise<void> {
    fixture.componentRef.setInput('save', save);
    await fixture.whenStable();
  }

  it('applies the first-login rules: no user name, letters and digits, 12+', async () => {
    await fill('Sandbox!2026', 'merchant-2026-pass');
    expect(emitted).toEqual([]);
    expect(errors()).toEqual(['Do not include your user name.']);
    await fill('Sandbox!2026', 'short1');
    expect(errors()).toContain('Use 12 to 128 characters.');
    expect(emitted).toEqual([]);
  });

  it('refuses a confirmation that differs', async () => {
    await fill('Sandbox!2026', 'Fresh-Start-2026', 'Fresh-Start-2027');
    expect(errors()).toEqual(['The passwords do not match.']);
    expect(emitted).toEqual([]);
  });

  it('sends a valid change, and empties the form once it is saved', async () => {
    await fill('Sandbox!2026', 'Fresh-Start-2026');
    expect(emitted).toEqual([{ current: 'Sandbox!2026', next: 'Fresh-Start-2026' }]);
    await answer({ status: 'saving', error: null });
    await answer({ status: 'saved', error: null });
    expect(input('currentPassword').value).toBe('');
    expect(input('newPassword').value).toBe('');
    expect(page().querySelector('[role="status"]')?.textContent).toContain(
      'Your password was changed',
    );
  });

  it('a wrong current password: only that field emptied, with the error, focused; the new ones kept', async () => {
    await fill('not-mine', 'Fresh-Start-2026');
    await answer({
      status: 'failed',
      error: refusal('current_password', 'The current password is incorrect.'),
    });
    expect(input('currentPassword').value).toBe('');
    expect(input('newPassword').value).toBe('Fresh-Start-2026');
    expect(input('confirmPassword').value).toBe('Fresh-Start-2026');
    expect(errors()).toEqual(['The current password is incorrect.']);
    expect(document.activeElement).toBe(input('currentPassword'));
  });

  it('a lockout is an alert saying when to try again', async () => {
    await fill('not-mine', 'Fresh-Start-2026');
    await answer({ status: 'failed', error: { kind: 'locked', retryAfterSeconds: 120 } });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('2 minutes');
  });
});
