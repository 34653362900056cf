import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { DIALOG_IMPORTS, DIALOG_SIZE } from './dialog-imports';

/** Asks before edits that were not saved are lost; closes with `true` only on "Discard". */
@Component({
  selector: 'mcm-discard-changes-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <h2 mat-dialog-title>Discard your changes?</h2>
    <mat-dialog-content>
      <p id="discard-changes-text">
        What you changed on this page is not saved. If you leave now, it is lost.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        Keep editing
      </button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">Discard changes</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscardChangesDialog {}

/** Opens the question; emits once, `true` when the user chose to discard. */
export function confirmDiscardChanges(dialog: MatDialog): Observable<boolean> {
  return dialog
    .open<DiscardChangesDialog, void, boolean>(DiscardChangesDialog, {
      role: 'alertdialog',
      ariaDescribedBy: 'discard-changes-text',
      ...DIALOG_SIZE,
    })
    .afterClosed()
    .pipe(map((discard) => discard === true));
}
