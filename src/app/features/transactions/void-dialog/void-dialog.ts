import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { DIALOG_IMPORTS } from '../../../shared/dialog/dialog-imports';

export interface VoidDialogData {
  readonly total: number;
  readonly currency: string;
  readonly locale: string;
}

/** Asks before voiding an unsettled sale. Closes with `true` to void it. */
@Component({
  selector: 'mcm-void-dialog',
  imports: [DIALOG_IMPORTS, MoneyPipe],
  template: `
    <h2 mat-dialog-title>Void this sale?</h2>
    <mat-dialog-content>
      <p>
        The sale of {{ data.total | money: data.currency : data.locale }} will be cancelled before
        it settles, and the customer will not be charged. This cannot be undone.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>Keep the sale</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">Void sale</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VoidDialog {
  protected readonly data = inject<VoidDialogData>(MAT_DIALOG_DATA);
}
