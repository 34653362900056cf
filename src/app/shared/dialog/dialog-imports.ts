import { MatButton } from '@angular/material/button';
import {
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

/**
 * What a dialog's template uses: title, content, actions, the close directive and buttons.
 * `imports: [DIALOG_IMPORTS, …]` (Angular flattens the list), beside FORM_FIELD_IMPORTS for a form.
 */
export const DIALOG_IMPORTS = [
  MatDialogTitle,
  MatDialogContent,
  MatDialogActions,
  MatDialogClose,
  MatButton,
] as const;

/** The width of a small dialog, never wider than a phone's screen. */
export const DIALOG_SIZE = { width: '28rem', maxWidth: 'calc(100vw - 2rem)' } as const;
