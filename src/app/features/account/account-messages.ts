import { WsapiError, fieldFailure } from '../../core/wsapi/wsapi-error';
import { selfServiceErrorMessage } from '../../core/wsapi/wsapi-error-message';

/** What account settings says when loading or saving failed. */
export function accountErrorMessage(error: WsapiError): string {
  return selfServiceErrorMessage(error, 'this setting');
}

/**
 * The server's field error for one of `fields` (WSAPI name → form control name), or null when
 * the error is not about a field of this form.
 */
export function serverFieldError<F extends string>(
  error: WsapiError | null,
  fields: Readonly<Record<string, F>>,
): { control: F; message: string } | null {
  const failure = fieldFailure(error);
  if (!failure || !Object.hasOwn(fields, failure.field)) return null;
  return { control: fields[failure.field], message: failure.message };
}

/** The message for the form as a whole: a field's own error is shown on that field instead. */
export function formErrorMessage(
  error: WsapiError | null,
  fields: Readonly<Record<string, string>>,
): string | null {
  if (!error || serverFieldError(error, fields)) return null;
  return accountErrorMessage(error);
}

/** `en-CA` → `English (Canada)`, in that locale's own words; the tag itself when unknown. */
export function localeName(tag: string, displayLocale: string): string {
  try {
    const names = new Intl.DisplayNames([displayLocale, 'en'], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
