import { ChangeDetectorRef, effect, inject, untracked } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { serverFieldError } from './account-messages';

/**
 * Puts the server's field error on the matching control (`{ server: message }`), touched so it
 * shows; returns that control's name, or null when the error is not about a field of this form.
 */
export function applyServerError<F extends string>(
  form: FormGroup,
  error: WsapiError | null,
  fields: Readonly<Record<string, F>>,
): F | null {
  const fieldError = serverFieldError(error, fields);
  if (!fieldError) return null;
  const control = form.get(fieldError.control);
  control?.setErrors({ server: fieldError.message });
  control?.markAsTouched();
  return fieldError.control;
}

/** A required text that is not only spaces. */
export const notBlank = (control: { value: unknown }) =>
  typeof control.value === 'string' && control.value !== '' && control.value.trim() === ''
    ? { required: true }
    : null;

/**
 * In a settings form's constructor: whenever `save()` reports a failure about one of `fields`,
 * that control shows the server's message (see `applyServerError`).
 */
export function showServerErrors<F extends string>(
  form: FormGroup,
  save: () => { readonly error: WsapiError | null },
  fields: Readonly<Record<string, F>>,
): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect(() => {
    const { error } = save();
    untracked(() => {
      applyServerError(form, error, fields);
      changeDetector.markForCheck();
    });
  });
}

/** Whether a settings form may be sent now: never while saving; an invalid one shows its errors. */
export function readyToSubmit(form: FormGroup, save: () => { readonly status: string }): boolean {
  if (save().status === 'saving') return false;
  if (form.invalid) {
    form.markAllAsTouched();
    return false;
  }
  return true;
}
