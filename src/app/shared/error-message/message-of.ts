import { Signal, computed } from '@angular/core';
import { WsapiError } from '../../core/wsapi/wsapi-error';

/**
 * The words a page shows for a failure held in the store: `toMessage(error())`, or null while
 * there is none. `protected readonly errorMessage = messageOf(this.error, featureErrorMessage);`
 */
export function messageOf(
  error: () => WsapiError | null,
  toMessage: (error: WsapiError) => string,
): Signal<string | null> {
  return computed(() => {
    const current = error();
    return current ? toMessage(current) : null;
  });
}
