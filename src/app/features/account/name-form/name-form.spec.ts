import { ComponentFixture, TestBed } from '@angular/core/testing';
import { formDriver } from '../../../../testing/form-driver';
import { NameChange } from '../account.model';
import { SaveState } from '../state/account.feature';
import { NameForm } from './name-form';
import { refusal } from '../../../../testing/wsapi-errors';

const NAME: NameChange = { firstName: 'Morgan', middleNameInitial: '', lastName: 'Merchant' };
const IDLE: SaveState = { status: 'idle', error: null };

describe('NameForm', () => {
  let fixture: ComponentFixture<NameForm>;
  let emitted: NameChange[];

  async function create(save: SaveState = IDLE): Promise<void> {
    fixture = TestBed.createComponent(NameForm);
    fixture.componentRef.setInput('name', NAME);
    fixture.componentRef.setInput('save', save);
    emitted = [];
    fixture.componentInstance.nameSubmitted.subscribe((name) => emitted.push(name));
    await fixture.whenStable();
  }

  const { page, input, type, submit, errors } = formDriver(() => fixture);

  it('is prefilled and sends the trimmed name', async () => {
    await create();
    expect(input('firstName').value).toBe('Morgan');
    await type('firstName', '  Mo ');
    await type('middleNameInitial', ' j ');
    await submit();
    expect(emitted).toEqual([{ firstName: 'Mo', middleNameInitial: 'j', lastName: 'Merchant' }]);
  });

  it('refuses a blank name or a middle initial of more than one letter', async () => {
    await create();
    await type('firstName', '   ');
    await type('middleNameInitial', 'AB');
    await submit();
    expect(emitted).toEqual([]);
    expect(errors()).toEqual(['Enter your first name.', 'One letter, or leave it empty.']);
  });

  it('shows the server’s field error on its field', async () => {
    await create();
    fixture.componentRef.setInput('save', {
      status: 'failed',
      error: refusal('last_name', 'last_name is 1 to 50 characters, without control characters.'),
    });
    await fixture.whenStable();
    expect(errors()).toEqual(['last_name is 1 to 50 characters, without control characters.']);
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it('a failure not about a field is an alert; a success is a status', async () => {
    await create({ status: 'failed', error: { kind: 'forbidden', code: 'forbidden' } });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('not allowed');
    fixture.componentRef.setInput('save', { status: 'saved', error: null });
    await fixture.whenStable();
    expect(page().querySelector('[role="status"]')?.textContent).toContain('Your name was saved.');
  });

  it('does not submit twice while saving', async () => {
    await create({ status: 'saving', error: null });
    const button = page().querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.disabled).toBeTrue();
    expect(button.textContent).toContain('Saving…');
  });
});
