import { ComponentFixture } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import { dispatchedOf } from '../../../../testing/mock-store-page';
import { signedInState } from '../../../../testing/auth-presets';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { ChangeEmailPageActions } from '../state/first-login.actions';
import { createFirstLoginPage, firstLoginStore } from '../first-login.testing';
import { FirstLoginState } from '../state/first-login.feature';
import { ChangeEmailPage } from './change-email-page';
import { refusal } from '../../../../testing/wsapi-errors';

const auth = signedInState({ user: { primaryEmail: 'old@example.com' } });

describe('ChangeEmailPage', () => {
  let fixture: ComponentFixture<ChangeEmailPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function create(firstLogin: Partial<FirstLoginState> = {}): Promise<void> {
    ({ fixture, store, dispatch } = await createFirstLoginPage(ChangeEmailPage, firstLogin, auth));
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const email = () =>
    page().querySelector<HTMLInputElement>('input[formcontrolname="primaryEmail"]')!;
  const fieldError = () => page().querySelector('mat-error')?.textContent?.trim() ?? null;
  const submitted = () => dispatchedOf(dispatch, ChangeEmailPageActions.submitted);

  async function type(value: string): Promise<void> {
    email().value = value;
    email().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function save(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }
  async function failWith(error: WsapiError): Promise<void> {
    store.setState(firstLoginStore({ error }, auth));
    await fixture.whenStable();
  }

  it('is prefilled with the address on file, under a label', async () => {
    await create();
    expect(dispatch).toHaveBeenCalledWith(ChangeEmailPageActions.opened());
    expect(email().value).toBe('old@example.com');
    expect(page().querySelector('mat-label')?.textContent?.trim()).toBe('Email address');
    expect(email().type).toBe('email');
  });

  it('saves the trimmed address', async () => {
    await create();
    await type('  new@example.com ');
    await save();
    expect(submitted()).toEqual([
      [ChangeEmailPageActions.submitted({ primaryEmail: 'new@example.com' })],
    ]);
  });

  it('confirms the prefilled address as it is', async () => {
    await create();
    await save();
    expect(submitted()).toEqual([
      [ChangeEmailPageActions.submitted({ primaryEmail: 'old@example.com' })],
    ]);
  });

  /** Saving `address` shows the "like name@example.com" error and sends nothing. */
  async function expectRefusedAsMalformed(address: string): Promise<void> {
    await type(address);
    await save();
    expect(fieldError()).toContain('Enter an email address like');
    expect(submitted()).toEqual([]);
  }

  it('refuses an empty or malformed address', async () => {
    await create();
    await type('');
    await save();
    expect(fieldError()).toBe('Enter your email address.');
    await expectRefusedAsMalformed('not-an-email');
  });

  it('refuses an address the server refuses (no dot in the domain: jane@example)', async () => {
    await create();
    await expectRefusedAsMalformed('jane@example');
  });

  it('shows the server’s objection on the field and keeps what was typed', async () => {
    await create();
    await type('taken@example.com');
    await save();
    await failWith(refusal('primary_email', 'This email address cannot be used.'));
    expect(fieldError()).toBe('This email address cannot be used.');
    expect(email().value).toBe('taken@example.com');
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it('announces other failures', async () => {
    await create();
    await failWith({ kind: 'server', status: 500 });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain('HTTP 500');
  });

  it('disables the button and shows progress while saving', async () => {
    await create({ submitting: true });
    expect(page().querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBeTrue();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
  });
});
