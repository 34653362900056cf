import { ComponentFixture } from '@angular/core/testing';
import { NewUser } from '../users.model';
import { AddUserForm } from './add-user-form';
import { addUserFormTesting } from './add-user-form.testing';

describe('AddUserForm: user-name availability', () => {
  const form = addUserFormTesting();
  const { button, errors, testId, type, blur, fill, submit, answer } = form;
  let fixture: ComponentFixture<AddUserForm>;
  let submitted: NewUser[];
  let checks: string[];

  beforeEach(async () => {
    ({ fixture, submitted, checks } = await form.create());
  });

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
