import { WsapiError, serverFieldError } from '../../core/wsapi/wsapi-error';
import { selfServiceErrorMessage } from '../../core/wsapi/wsapi-error-message';

/** What account settings says when loading or saving failed. */
export function accountErrorMessage(error: WsapiError): string {
  return selfServiceErrorMessage(error, 'this setting');
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
