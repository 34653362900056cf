import { Signal, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { firstLoginErrorMessage } from '../first-login-messages';
import { firstLoginFeature } from '../state/first-login.feature';

/** What every first-login step page reads from the store. */
export interface StepState {
  readonly store: Store;
  readonly loading: Signal<boolean>;
  readonly submitting: Signal<boolean>;
  readonly error: Signal<WsapiError | null>;
  /** The step's failure as a sentence for its alert; null when none, or shown on a field. */
  readonly errorMessage: Signal<string | null>;
}

/**
 * In a step page's field initializers: the step's store and state. `onField(error)` says whether
 * the page shows that error on one of its fields instead of in the alert.
 */
export function injectStepState(onField: (error: WsapiError) => boolean = () => false): StepState {
  const store = inject(Store);
  const error = store.selectSignal(firstLoginFeature.selectError);
  return {
    store,
    loading: store.selectSignal(firstLoginFeature.selectLoading),
    submitting: store.selectSignal(firstLoginFeature.selectSubmitting),
    error,
    errorMessage: computed(() => {
      const current = error();
      return !current || onField(current) ? null : firstLoginErrorMessage(current);
    }),
  };
}
