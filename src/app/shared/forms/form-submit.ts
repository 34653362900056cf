import { ChangeDetectorRef, effect, inject, untracked } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { WsapiError, serverFieldError } from '../../core/wsapi/wsapi-error';

/**
 * Whether a form may be sent now: never while `busy` (a save or submit is under way); an invalid
 * form instead has all its controls touched, so each field says what is wrong.
 */
export function readyToSubmit(form: AbstractControl, busy = false): boolean {
  if (busy) return false;
  if (form.invalid) {
    form.markAllAsTouched();
    return false;
  }
  return true;
}

/** A required text that is not only spaces (reported as `required`, like an empty one). */
export const notBlank = (control: { value: unknown }) =>
  typeof control.value === 'string' && control.value !== '' && control.value.trim() === ''
    ? { required: true }
    : null;

/**
 * Puts the server's field error on the matching control (`{ server: message }`), touched so it
 * shows; returns that control's name, or null when the error is not about a field of this form.
 * `fields` maps the WSAPI's field names to the form's control names.
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

/**
 * In a form component's constructor: whenever `error()` is a refusal about one of `fields`, that
 * control shows the server's message (see `applyServerError`).
 */
export function showServerErrors<F extends string>(
  form: FormGroup,
  error: () => WsapiError | null,
  fields: Readonly<Record<string, F>>,
): void {
  const changeDetector = inject(ChangeDetectorRef);
  effect(() => {
    const current = error();
    untracked(() => {
      applyServerError(form, current, fields);
      changeDetector.markForCheck();
    });
  });
}

/**
 * In a form component's constructor: the form shows `value()` (an input, a store selection) at
 * first and again whenever it changes, e.g. once a change was saved.
 */
export function resetFormWith<T>(form: { reset(value: T): void }, value: () => T): void {
  effect(() => {
    const current = value();
    untracked(() => form.reset(current));
  });
}
