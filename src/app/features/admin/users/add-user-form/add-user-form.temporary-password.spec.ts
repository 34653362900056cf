import { ComponentFixture } from '@angular/core/testing';
import { NewUser } from '../users.model';
import { AddUserForm } from './add-user-form';
import { addUserFormTesting } from './add-user-form.testing';

describe('AddUserForm: the temporary password', () => {
  const form = addUserFormTesting();
  const { page, input, button, type, fill, submit } = form;
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
});
