import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { DIALOG_IMPORTS, DIALOG_SIZE } from './dialog-imports';

/** What a confirmation says: a question, what follows, and the two answers. */
export interface ConfirmDialogData {
  readonly title: string;
  /** Said first, in bold (an item's name): shown as text, whatever it contains. */
  readonly subject?: string;
  readonly text: string;
  readonly cancelLabel: string;
  readonly confirmLabel: string;
  /** The confirming button in the error colour (a deletion). */
  readonly destructive?: boolean;
}

const TEXT_ID = 'confirm-dialog-text';

/** Asks before something that cannot be undone; closes with `true` only on the confirming answer. */
@Component({
  selector: 'mcm-confirm-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p [id]="textId">
        @if (data.subject !== undefined) {
          <strong data-testid="confirm-subject">{{ data.subject }}</strong>
        }
        {{ data.text }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        {{ data.cancelLabel }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.confirm-dialog__destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-dialog__destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
  protected readonly textId = TEXT_ID;
}

/** Opens the question ("Cancel" focused first); emits once, `true` when the user confirmed. */
export function confirmWith(dialog: MatDialog, data: ConfirmDialogData): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data,
      role: 'alertdialog',
      ariaDescribedBy: TEXT_ID,
      ...DIALOG_SIZE,
    })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
