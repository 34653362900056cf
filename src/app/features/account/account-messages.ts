import { WsapiError } from '../../core/wsapi/wsapi-error';

/** What account settings says when loading or saving failed. */
export function accountErrorMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'invalid-request':
      return error.message
        ? `The change was not accepted: ${error.message}`
        : 'The change was not accepted. Check the form and try again.';
    case 'locked':
      return `Too many wrong current passwords: changing the password is locked for now. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'too-many-requests':
      return `Too many requests. Please wait ${waitText(error.retryAfterSeconds)} and try again.`;
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'not-configured':
      return 'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.';
    case 'invalid-api-key':
      return 'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.';
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'forbidden':
      return 'Your account is not allowed to make this change. Please contact your administrator.';
    case 'not-found':
      return 'The server does not offer this setting. Please contact your administrator.';
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
  }
}

/** `45` → `45 seconds`, `120` → `2 minutes`, `90` → `2 minutes` (rounded up). */
export function waitText(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1;
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * The server's field error for one of `fields` (WSAPI name → form control name), or null when
 * the error is not about a field of this form.
 */
export function serverFieldError<F extends string>(
  error: WsapiError | null,
  fields: Readonly<Record<string, F>>,
): { control: F; message: string } | null {
  if (error?.kind !== 'invalid-request' || error.field === null) return null;
  if (!Object.hasOwn(fields, error.field)) return null;
  return {
    control: fields[error.field],
    message: error.message || 'This value was not accepted.',
  };
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
