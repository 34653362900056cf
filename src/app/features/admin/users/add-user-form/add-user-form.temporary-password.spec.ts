import { Clipboard } from '@angular/cdk/clipboard';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NewUser } from '../users.model';
import { AddUserForm } from './add-user-form';
import { VALID, addUserFormTesting } from './add-user-form.testing';
import { refusal } from '../../../../../testing/wsapi-errors';

describe('AddUserForm: the temporary password', () => {
  const form = addUserFormTesting();
  const { page, input, button, type, fill, submit, answer, testId } = form;
  let fixture: ComponentFixture<AddUserForm>;
  let submitted: NewUser[];

  beforeEach(async () => {
    ({ fixture, submitted } = await form.create());
  });

  it('marks each password rule met as the password is typed', async () => {
    await type('userName', 'jsmith');
    await type('temporaryPassword', 'abcdefghijkl');
    const met = () =>
      [...page().querySelectorAll('.add-user__rule--met')].map((rule) =>
        rule.getAttribute('data-rule'),
      );
    expect(met()).toEqual(['length', 'no-user-name']);
    await type('temporaryPassword', 'abcdefghijk1');
    expect(met()).toEqual(['length', 'letter-and-digit', 'no-user-name']);
  });

  it('is hidden until "Show password" is pressed', async () => {
    expect(input('temporaryPassword').type).toBe('password');
    const show = button('Show password');
    expect(show.getAttribute('aria-pressed')).toBe('false');
    show.click();
    await fixture.whenStable();
    expect(input('temporaryPassword').type).toBe('text');
    expect(show.getAttribute('aria-pressed')).toBe('true');
  });

  it('"Generate a password" fills in one that meets the rules, shown and focused', async () => {
    await type('userName', 'jsmith');
    button('Generate a password').click();
    await fixture.whenStable();
    const password = input('temporaryPassword');
    expect(password.value.length).toBe(16);
    expect(password.type).toBe('text');
    expect(document.activeElement).toBe(password);
    expect(page().querySelectorAll('.add-user__rule--met').length).toBe(3);
    await fill({ temporaryPassword: password.value });
    await submit();
    expect(submitted[0].temporaryPassword).toBe(password.value);
  });

  describe('after the user is created', () => {
    const shown = () => testId('temporary-password-value')?.textContent?.trim() ?? null;

    beforeEach(async () => {
      await fill();
      await submit();
      await answer('creation', { status: 'creating' });
      await answer('creation', { status: 'created', userName: 'jsmith' });
    });

    it('stays visible, with the user it is for, while the next user is typed', async () => {
      expect(testId('temporary-password')?.textContent).toContain('Temporary password for jsmith');
      expect(shown()).toBe(VALID.temporaryPassword);
      // The form itself is emptied; the note is not the password field.
      expect(input('temporaryPassword').value).toBe('');
      await type('userName', 'another');
      // The page forgets the creation once typing starts: the hand-over stays.
      await answer('creation', { status: 'idle' });
      expect(testId('user-created')).toBeNull();
      expect(shown()).toBe(VALID.temporaryPassword);
    });

    it('Copy puts the password on the clipboard and says so', async () => {
      const clipboard = TestBed.inject(Clipboard);
      const copy = spyOn(clipboard, 'copy').and.returnValue(true);
      button('Copy password').click();
      await fixture.whenStable();
      expect(copy).toHaveBeenCalledOnceWith(VALID.temporaryPassword);
      expect(testId('temporary-password')?.querySelector('[role="status"]')?.textContent).toBe(
        'Copied.',
      );
      copy.and.returnValue(false);
      button('Copy password').click();
      await fixture.whenStable();
      expect(testId('temporary-password')?.querySelector('[role="status"]')?.textContent).toBe(
        'The password could not be copied: select it and copy it yourself.',
      );
    });

    it('Done forgets it and returns to the first field', async () => {
      button('Done').click();
      await fixture.whenStable();
      expect(testId('temporary-password')).toBeNull();
      expect(page().textContent).not.toContain(VALID.temporaryPassword);
      expect(document.activeElement).toBe(input('userName'));
    });

    it('the next user’s creation shows that user’s password instead', async () => {
      await fill({ userName: 'adoe', temporaryPassword: 'Second-2026-pass' });
      await submit();
      await answer('creation', { status: 'creating' });
      await answer('creation', { status: 'created', userName: 'adoe' });
      expect(testId('temporary-password')?.textContent).toContain('Temporary password for adoe');
      expect(shown()).toBe('Second-2026-pass');
    });
  });

  it('a refused creation shows no temporary password', async () => {
    await fill();
    await submit();
    await answer('creation', { status: 'creating' });
    await answer('creation', {
      status: 'failed',
      error: refusal('temporary_password', 'The new password must not contain the user name.'),
    });
    expect(testId('temporary-password')).toBeNull();
    await answer('creation', { status: 'created', userName: 'jsmith' });
    expect(testId('temporary-password')).toBeNull();
  });
});
