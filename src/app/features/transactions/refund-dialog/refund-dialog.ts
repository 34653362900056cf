import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { parseMoney } from '../../../shared/money/money';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { refundAmountValidator } from '../refund-rules';
import { amountText } from '../transaction-query';

export interface RefundDialogData {
  /** What remains refundable, in minor units. */
  readonly refundable: number;
  readonly total: number;
  readonly currency: string;
  readonly locale: string;
}

/**
 * Asks how much to refund (all that remains, by default) and for confirmation. Closes with the
 * amount in minor units, never above what remains refundable; cancelling closes with nothing.
 */
@Component({
  selector: 'mcm-refund-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatButton,
    MoneyPipe,
  ],
  template: `
    <h2 mat-dialog-title>Refund this sale?</h2>
    <form [formGroup]="form" (ngSubmit)="confirmRefund()" novalidate>
      <mat-dialog-content>
        <p id="refund-dialog-text">
          The sale was {{ data.total | money: data.currency : data.locale }};
          {{ data.refundable | money: data.currency : data.locale }} can still be refunded. The
          money goes back the way it was paid.
        </p>
        <mat-form-field appearance="outline" class="refund__field">
          <mat-label>Amount to refund ({{ data.currency }})</mat-label>
          <input
            matInput
            formControlName="amount"
            inputmode="decimal"
            autocomplete="off"
            cdkFocusInitial
            data-testid="refund-amount"
          />
          <mat-hint>At most {{ data.refundable | money: data.currency : data.locale }}</mat-hint>
          @if (form.controls.amount.getError('refund'); as message) {
            <mat-error data-testid="refund-amount-error">{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Refund</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .refund__field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RefundDialog {
  protected readonly data = inject<RefundDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RefundDialog, number>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [
      amountText(this.data.refundable, this.data.currency),
      refundAmountValidator(this.data.refundable, this.data.currency, this.data.locale),
    ],
  });

  protected confirmRefund(): void {
    const control = this.form.controls.amount;
    if (control.invalid) {
      control.markAsTouched();
      return;
    }
    const amount = parseMoney(control.value, this.data.currency);
    if (amount !== null) this.ref.close(amount);
  }
}
