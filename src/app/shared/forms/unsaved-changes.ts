import { DOCUMENT, DestroyRef, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { CanDeactivateFn } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/state/auth.feature';
import { confirmWith } from '../dialog/confirm-dialog';

/** A routed page with a form: whether it holds edits that were not saved. */
export interface WithUnsavedChanges {
  /** True once the user changed something, until it is saved (or the form is emptied). */
  hasUnsavedChanges(): boolean;
}

/**
 * The one guard for leaving a page with edits not saved (`canDeactivate` on its route): asks
 * first, with the confirm dialog. A saved or untouched form leaves at once, and so does a
 * sign-out (a session's end included): the form goes with the session.
 */
export const confirmLeavingUnsavedChanges: CanDeactivateFn<WithUnsavedChanges> = (page) => {
  if (!page?.hasUnsavedChanges()) return true;
  if (!inject(Store).selectSignal(authFeature.selectAccount)()) return true;
  return confirmWith(inject(MatDialog), DISCARD_CHANGES);
};

const DISCARD_CHANGES = {
  title: 'Discard your changes?',
  text: 'What you changed on this page is not saved. If you leave now, it is lost.',
  cancelLabel: 'Keep editing',
  confirmLabel: 'Discard changes',
};

/**
 * In the page's constructor: closing the tab, reloading or leaving the portal with edits not
 * saved makes the browser ask first (its own wording; pages cannot set it). Ends with the page.
 */
export function warnBeforeUnload(page: WithUnsavedChanges): void {
  const window = inject(DOCUMENT).defaultView;
  const warn = (event: BeforeUnloadEvent) => {
    if (page.hasUnsavedChanges()) event.preventDefault();
  };
  window?.addEventListener('beforeunload', warn);
  inject(DestroyRef).onDestroy(() => window?.removeEventListener('beforeunload', warn));
}
