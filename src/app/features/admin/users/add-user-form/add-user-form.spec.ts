import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Availability, Creation } from '../organization-users-store';
import { NewUser } from '../users.model';
import { AddUserForm } from './add-user-form';

const VALID = {
  userName: 'jsmith',
  temporaryPassword: 'Welcome-2026-x',
  firstName: 'John',
  lastName: 'Smith',
  primaryEmail: 'john@example.com',
};

describe('AddUserForm', () => {
  let fixture: ComponentFixture<AddUserForm>;
  let submitted: NewUser[];
  let checks: string[];

  beforeEach(async () => {
    fixture = TestBed.createComponent(AddUserForm);
    fixture.componentRef.setInput('availability', { status: 'idle' });
    fixture.componentRef.setInput('creation', { status: 'idle' });
    submitted = [];
    checks = [];
    fixture.componentInstance.userSubmitted.subscribe((user) => submitted.push(user));
    fixture.componentInstance.availabilityCheckRequested.subscribe((name) => checks.push(name));
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

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

  describe('availability', () => {
    it('is checked when the field is left with a valid name, not while typing', async () => {
      await type('userName', 'js');
      await type('userName', 'jsmith');
      expect(checks).toEqual([]);
      await blur('userName');
      expect(checks).toEqual(['jsmith']);
    });

    it('an invalid name is not sent; the button shows why', async () => {
      await type('userName', 'j!');
      await blur('userName');
      button('Check availability').click();
      await fixture.whenStable();
      expect(checks).toEqual([]);
      expect(errors()).toEqual(['Use 3 to 64 characters.']);
    });

    it('says "Available" or "Taken" for the name in the field only; taken blocks the submit', async () => {
      await fill();
      button('Check availability').click();
      expect(checks).toEqual(['jsmith']);
      await answer('availability', { status: 'checking', userName: 'jsmith' });
      expect(testId('user-name-availability')?.textContent?.trim()).toBe('Checking availability…');
      await answer('availability', { status: 'available', userName: 'jsmith' });
      expect(testId('user-name-availability')?.textContent?.trim()).toBe('Available');

      await answer('availability', { status: 'taken', userName: 'JSmith' });
      expect(testId('user-name-availability')?.textContent?.trim()).toBe('Taken');
      expect(errors()).toEqual(['This user name is already taken. Choose another.']);
      await submit();
      expect(submitted).toEqual([]);

      await type('userName', 'jsmith2');
      expect(testId('user-name-availability')?.textContent?.trim()).toBe('');
      expect(errors()).toEqual([]);
      await submit();
      expect(submitted.map((user) => user.userName)).toEqual(['jsmith2']);
    });

    it('tells how long to wait after too many checks', async () => {
      await type('userName', 'jsmith');
      await answer('availability', {
        status: 'failed',
        userName: 'jsmith',
        error: { kind: 'too-many-requests', retryAfterSeconds: 40 },
      });
      expect(testId('user-name-availability')?.textContent).toContain(
        'Too many checks: wait 40 seconds before checking again.',
      );
    });
  });

  describe('the temporary password', () => {
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

  describe('the server’s answer', () => {
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
        error: {
          kind: 'invalid-request',
          code: 'conflict',
          field: 'user_name',
          message: 'This user name is already taken.',
        },
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
        error: {
          kind: 'invalid-request',
          code: 'invalid_request',
          field: 'temporary_password',
          message: 'The new password must not contain the user name.',
        },
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
});
