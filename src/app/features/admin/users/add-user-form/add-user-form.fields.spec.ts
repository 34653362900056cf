import { NewUser } from '../users.model';
import { VALID, addUserFormTesting } from './add-user-form.testing';

describe('AddUserForm: fields, submit and validation', () => {
  const form = addUserFormTesting();
  const { page, input, errors, type, fill, submit } = form;
  let submitted: NewUser[];

  beforeEach(async () => {
    ({ submitted } = await form.create());
  });

  it('labels every field and lists the password rules', () => {
    const labels = [...page().querySelectorAll('mat-label')].map((label) => label.textContent);
    expect(labels).toEqual(['User name', 'Temporary password', 'First name', 'Last name', 'Email']);
    const rules = [...page().querySelectorAll('#new-user-password-rules li')].map((rule) =>
      rule.textContent?.trim(),
    );
    expect(rules).toEqual([
      '12 to 128 characters',
      'At least one letter and one digit',
      'Does not contain the user name',
    ]);
  });

  it('sends a valid user', async () => {
    await fill();
    await submit();
    expect(submitted).toEqual([VALID]);
  });

  it('an empty submit sends nothing, says what is missing and focuses the first field', async () => {
    await submit();
    expect(submitted).toEqual([]);
    expect(errors()).toEqual([
      'Enter a user name.',
      'Enter a temporary password, or generate one.',
      'Enter the first name.',
      'Enter the last name.',
      'Enter the email address.',
    ]);
    expect(document.activeElement).toBe(input('userName'));
  });

  it('applies the server’s rules to the user name, the password and the email', async () => {
    await fill({
      userName: 'j doe',
      temporaryPassword: 'short1',
      primaryEmail: 'john@example',
    });
    await submit();
    expect(submitted).toEqual([]);
    expect(errors()).toEqual([
      'Use only letters, digits, “.”, “_”, “@” and “-”.',
      'Use 12 to 128 characters.',
      'Enter a valid email address, like name@example.com.',
    ]);
    expect(document.activeElement).toBe(input('userName'));

    await type('userName', 'jsmith');
    await type('temporaryPassword', 'JSmith-2026-welcome');
    expect(errors()).toEqual([
      'Do not include the user name.',
      'Enter a valid email address, like name@example.com.',
    ]);
  });

  it('gives the email field, alone in the column, the height of the other fields', () => {
    const field = (name: string) =>
      input(name).closest('mat-form-field')!.getBoundingClientRect().height;
    // A field's width basis must not become a height in the form's column (it was 18rem tall).
    expect(field('primaryEmail')).toBe(field('firstName'));
  });
});
