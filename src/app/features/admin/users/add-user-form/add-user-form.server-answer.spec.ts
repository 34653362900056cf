import { ComponentFixture } from '@angular/core/testing';
import { AddUserForm } from './add-user-form';
import { VALID, addUserFormTesting } from './add-user-form.testing';
import { refusal } from '../../../../../testing/wsapi-errors';

describe('AddUserForm: the server’s answer', () => {
  const form = addUserFormTesting();
  const { page, input, button, errors, testId, type, fill, submit, answer } = form;
  let fixture: ComponentFixture<AddUserForm>;

  beforeEach(async () => {
    ({ fixture } = await form.create());
  });

  beforeEach(async () => {
    await fill();
    await submit();
    await answer('creation', { status: 'creating' });
  });

  it('while adding: the button is disabled and says so', () => {
    const add = page().querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(add.disabled).toBeTrue();
    expect(add.textContent?.trim()).toBe('Adding…');
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('created: says so, focuses the message and empties the form (password first)', async () => {
    button('Show password').click();
    await answer('creation', { status: 'created', userName: 'jsmith' });
    const note = testId('user-created') as HTMLElement;
    expect(note.textContent?.trim()).toBe(
      'jsmith was created. They must change the temporary password at first sign-in.',
    );
    expect(document.activeElement).toBe(note);
    for (const name of Object.keys(VALID)) expect(input(name).value).withContext(name).toBe('');
    expect(input('temporaryPassword').type).toBe('password');
    expect(errors()).toEqual([]);

    // The note has served its purpose once the next user is typed (the reset did not count).
    let edits = 0;
    fixture.componentInstance.editStarted.subscribe(() => edits++);
    await fixture.whenStable();
    expect(edits).toBe(0);
    await type('userName', 'a');
    expect(edits).toBe(1);
  });

  it('taken: the error is on the user name, focused; all but the password stays', async () => {
    button('Show password').click();
    await answer('creation', {
      status: 'failed',
      error: { ...refusal('user_name', 'This user name is already taken.'), code: 'conflict' },
    });
    expect(errors()).toEqual([
      'This user name is already taken.',
      'Enter a temporary password, or generate one.',
    ]);
    expect(document.activeElement).toBe(input('userName'));
    expect(testId('add-user-error')?.textContent?.trim()).toBe(
      'The user was not created. Check the field marked below. The temporary password was cleared: enter or generate a new one.',
    );
    for (const [name, value] of Object.entries(VALID)) {
      expect(input(name).value)
        .withContext(name)
        .toBe(name === 'temporaryPassword' ? '' : value);
    }
    expect(input('temporaryPassword').type).toBe('password');
    // Editing the name clears the server's complaint; a new password clears the other.
    await type('userName', 'jsmith2');
    expect(errors()).toEqual(['Enter a temporary password, or generate one.']);
    await type('temporaryPassword', VALID.temporaryPassword);
    expect(errors()).toEqual([]);
  });

  it('a password the server refuses is marked on the password field', async () => {
    await answer('creation', {
      status: 'failed',
      error: refusal('temporary_password', 'The new password must not contain the user name.'),
    });
    expect(errors()).toEqual(['The new password must not contain the user name.']);
    expect(document.activeElement).toBe(input('temporaryPassword'));
    expect(input('temporaryPassword').value).toBe('');
  });

  it('any other failure is a summary alert, focused; the form keeps all but the password', async () => {
    await answer('creation', { status: 'failed', error: { kind: 'server', status: 500 } });
    const alert = testId('add-user-error') as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent?.trim()).toBe(
      'Creating the user failed: the server had a problem (HTTP 500). Please try again in a moment. The temporary password was cleared: enter or generate a new one.',
    );
    expect(document.activeElement).toBe(alert);
    expect(input('temporaryPassword').value).toBe('');
    expect(input('primaryEmail').value).toBe(VALID.primaryEmail);
  });
});
