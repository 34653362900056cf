import { ComponentFixture } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import { dispatchedOf } from '../../../../testing/mock-store-page';
import { pendingSteps, signedInState } from '../../../../testing/auth-presets';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { ChangePasswordPageActions } from '../state/first-login.actions';
import { createFirstLoginPage, firstLoginStore } from '../first-login.testing';
import { FirstLoginState } from '../state/first-login.feature';
import { ChangePasswordPage } from './change-password-page';
import { refusal } from '../../../../testing/wsapi-errors';

const auth = signedInState({
  user: {
    userName: 'merchant',
    accountFlags: pendingSteps({ changePasswordRequired: true }),
  },
});

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function create(firstLogin: Partial<FirstLoginState> = {}): Promise<void> {
    ({ fixture, store, dispatch } = await createFirstLoginPage(
      ChangePasswordPage,
      firstLogin,
      auth,
    ));
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const input = (name: string) =>
    page().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
  const fieldError = (name: string) =>
    input(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? null;
  const submit = () => page().querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const alert = () => page().querySelector('[role="alert"]')?.textContent?.trim() ?? null;

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function fill(current: string, next: string, confirm = next): Promise<void> {
    await type('currentPassword', current);
    await type('newPassword', next);
    await type('confirmPassword', confirm);
  }

  async function clickSubmit(): Promise<void> {
    submit().click();
    await fixture.whenStable();
  }

  /** Opens the page, fills in the three fields and submits. */
  async function openAndSubmit(current: string, next: string, confirm = next): Promise<void> {
    await create();
    await fill(current, next, confirm);
    await clickSubmit();
  }

  async function failWith(error: WsapiError): Promise<void> {
    store.setState(firstLoginStore({ error }, auth));
    await fixture.whenStable();
  }

  const submitted = () => dispatchedOf(dispatch, ChangePasswordPageActions.submitted);

  it('says it was opened, so no earlier error is shown', async () => {
    await create();
    expect(dispatch).toHaveBeenCalledWith(ChangePasswordPageActions.opened());
  });

  it('labels every field and keeps the passwords masked', async () => {
    await create();
    const labels = Array.from(page().querySelectorAll('mat-label')).map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual(['Current password', 'New password', 'Confirm new password']);
    for (const name of ['currentPassword', 'newPassword', 'confirmPassword']) {
      expect(input(name).type).toBe('password');
    }
    expect(input('newPassword').getAttribute('autocomplete')).toBe('new-password');
  });

  it('lists the rules before anything is typed and ticks them off as they are met', async () => {
    await create();
    const rules = () =>
      Array.from(page().querySelectorAll<HTMLElement>('#password-rules li')).map((item) => ({
        text: item.textContent?.trim(),
        met: item.classList.contains('rules__rule--met'),
      }));
    expect(rules().map((rule) => rule.text)).toEqual([
      '12 to 128 characters',
      'At least one letter and one digit',
      'Does not contain your user name',
      'Different from your current password',
    ]);
    expect(rules().every((rule) => !rule.met)).toBeTrue();
    expect(input('newPassword').getAttribute('aria-describedby')).toContain('password-rules');

    await type('newPassword', 'abc1');
    expect(rules().map((rule) => rule.met)).toEqual([false, true, true, true]);
  });

  it('submits the current and the new password', async () => {
    await openAndSubmit('Sandbox!2026', 'Harbour-lights-42');
    expect(submitted()).toEqual([
      [
        ChangePasswordPageActions.submitted({
          password: { current: 'Sandbox!2026', next: 'Harbour-lights-42' },
        }),
      ],
    ]);
  });

  it('does not submit an empty form and says what is missing', async () => {
    await create();
    await clickSubmit();
    expect(submitted()).toEqual([]);
    expect(fieldError('currentPassword')).toBe('Enter your current password.');
    expect(fieldError('newPassword')).toBe('Enter a new password.');
    expect(fieldError('confirmPassword')).toBe('Enter the new password again.');
  });

  for (const [next, message] of [
    ['short1', 'Use 12 to 128 characters.'],
    ['onlyletterslong', 'Use at least one letter and one digit.'],
    ['my-MERCHANT-2026', 'Do not include your user name.'],
    ['Sandbox!2026', 'Choose a password different from your current one.'],
  ]) {
    it(`refuses "${next}": ${message}`, async () => {
      await openAndSubmit('Sandbox!2026', next);
      expect(submitted()).toEqual([]);
      expect(fieldError('newPassword')).toBe(message);
    });
  }

  it('refuses a confirmation that does not match', async () => {
    await openAndSubmit('Sandbox!2026', 'Harbour-lights-42', 'Harbour-lights-43');
    expect(submitted()).toEqual([]);
    expect(fieldError('confirmPassword')).toBe('The passwords do not match.');
  });

  it('re-checks the new password when the current one changes', async () => {
    await openAndSubmit('Harbour-lights-42', 'Harbour-lights-42');
    expect(fieldError('newPassword')).toContain('different from your current one');
    await type('currentPassword', 'Sandbox!2026');
    expect(fieldError('newPassword')).toBeNull();
  });

  it('shows a wrong current password on that field, clears only it and keeps the new ones', async () => {
    await openAndSubmit('wrong-password', 'Harbour-lights-42');
    await failWith(refusal('current_password', 'The current password is incorrect.'));
    expect(fieldError('currentPassword')).toBe('The current password is incorrect.');
    expect(input('currentPassword').value).toBe('');
    expect(input('newPassword').value).toBe('Harbour-lights-42');
    expect(input('confirmPassword').value).toBe('Harbour-lights-42');
    expect(fieldError('newPassword')).toBeNull();
    expect(alert()).toBeNull();
    expect(document.activeElement).toBe(input('currentPassword'));
  });

  it('shows the server’s rule message on the new password field', async () => {
    await openAndSubmit('Sandbox!2026', 'Harbour-lights-42');
    await failWith(refusal('new_password', 'The new password was used recently.'));
    expect(fieldError('newPassword')).toBe('The new password was used recently.');
    expect(input('newPassword').value).toBe('');
  });

  it('announces other failures and still clears the passwords', async () => {
    await openAndSubmit('Sandbox!2026', 'Harbour-lights-42');
    await failWith({ kind: 'network' });
    expect(alert()).toContain('could not reach the server');
    expect(input('currentPassword').value).toBe('');
    expect(input('newPassword').value).toBe('');
    // The cleared fields do not shout "required" at the user right after a failure.
    expect(fieldError('newPassword')).toBeNull();
  });

  it('explains a lock after too many wrong current passwords', async () => {
    await create();
    await failWith({ kind: 'locked', retryAfterSeconds: 120 });
    expect(alert()).toContain('Try again in 2 minutes');
  });

  it('disables the button and shows progress while saving', async () => {
    await create({ submitting: true });
    expect(submit().disabled).toBeTrue();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
  });
});
