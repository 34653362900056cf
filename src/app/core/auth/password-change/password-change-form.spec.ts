import { WsapiError } from '../../wsapi/wsapi-error';
import {
  createPasswordChangeForm,
  passwordChangeFieldError,
  submittedPasswordChange,
} from './password-change-form';

describe('createPasswordChangeForm', () => {
  let userName: string;
  const create = () => createPasswordChangeForm(() => userName);

  beforeEach(() => (userName = 'merchant'));

  it('requires every field', () => {
    const form = create();
    expect(form.controls.currentPassword.hasError('required')).toBeTrue();
    expect(form.controls.newPassword.hasError('required')).toBeTrue();
    expect(form.controls.confirmPassword.hasError('required')).toBeTrue();
  });

  it('checks the new password against the user name of the moment', () => {
    const form = create();
    form.setValue({
      currentPassword: 'Sandbox!2026',
      newPassword: 'Harbour-lights-42',
      confirmPassword: 'Harbour-lights-42',
    });
    expect(form.valid).toBeTrue();
    userName = 'harbour';
    form.controls.newPassword.updateValueAndValidity();
    expect(form.controls.newPassword.getError('passwordRules')).toEqual(['no-user-name']);
  });

  it('re-checks the new password when the current one changes', () => {
    const form = create();
    form.controls.newPassword.setValue('Harbour-lights-42');
    expect(form.controls.newPassword.valid).toBeTrue();
    form.controls.currentPassword.setValue('Harbour-lights-42');
    expect(form.controls.newPassword.getError('passwordRules')).toEqual(['changed']);
  });

  it('re-checks the confirmation when the new password changes', () => {
    const form = create();
    form.controls.newPassword.setValue('Harbour-lights-42');
    form.controls.confirmPassword.setValue('Harbour-lights-42');
    expect(form.controls.confirmPassword.valid).toBeTrue();
    form.controls.newPassword.setValue('Harbour-lights-43');
    expect(form.controls.confirmPassword.hasError('mismatch')).toBeTrue();
  });
});

describe('submittedPasswordChange', () => {
  it('gives the current and the new password of a valid form', () => {
    const form = createPasswordChangeForm(() => 'merchant');
    form.setValue({
      currentPassword: 'Sandbox!2026',
      newPassword: 'Harbour-lights-42',
      confirmPassword: 'Harbour-lights-42',
    });
    expect(submittedPasswordChange(form)).toEqual({
      current: 'Sandbox!2026',
      next: 'Harbour-lights-42',
    });
  });

  it('gives nothing for an invalid form, and touches every field so each says why', () => {
    const form = createPasswordChangeForm(() => 'merchant');
    form.controls.currentPassword.setValue('Sandbox!2026');
    expect(submittedPasswordChange(form)).toBeNull();
    expect(form.controls.newPassword.touched).toBeTrue();
    expect(form.controls.confirmPassword.touched).toBeTrue();
  });
});

describe('passwordChangeFieldError', () => {
  const invalid = (field: string | null, message = 'Nope.'): WsapiError => ({
    kind: 'invalid-request',
    code: 'invalid_request',
    field,
    message,
  });

  it('maps the WSAPI field to its control, with the server’s words', () => {
    expect(passwordChangeFieldError(invalid('current_password'))).toEqual({
      control: 'currentPassword',
      message: 'Nope.',
    });
    expect(passwordChangeFieldError(invalid('new_password', ''))).toEqual({
      control: 'newPassword',
      message: 'This value was not accepted.',
    });
  });

  it('is null for an error about no field of the form', () => {
    expect(passwordChangeFieldError(null)).toBeNull();
    expect(passwordChangeFieldError({ kind: 'network' })).toBeNull();
    expect(passwordChangeFieldError(invalid(null))).toBeNull();
    expect(passwordChangeFieldError(invalid('primary_email'))).toBeNull();
    expect(passwordChangeFieldError(invalid('toString'))).toBeNull();
  });
});
