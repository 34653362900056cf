import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatCheckbox } from '@angular/material/checkbox';
import { parseMoney } from '../../../shared/money/money';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { refundAmountValidator } from '../refund-rules';
import { amountText } from '../transaction-query';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit } from '../../../shared/forms/form-submit';
import { DIALOG_IMPORTS } from '../../../shared/dialog/dialog-imports';

export interface RefundDialogData {
  /** What remains refundable, in minor units. */
  readonly refundable: number;
  readonly total: number;
  readonly currency: string;
  readonly locale: string;
  /** The sale has inventory items and the user manages inventory: offer to restock them. */
  readonly restockable: boolean;
}

/** What the user chose; `restock` only ever with a refund of everything that remains. */
export interface RefundChoice {
  readonly amount: number;
  readonly restock: boolean;
}

/**
 * Asks how much to refund (all that remains, by default), whether to put sold items back in
 * stock, and for confirmation. Closes with the amount in minor units, never above what remains
 * refundable; cancelling closes with nothing.
 */
@Component({
  selector: 'mcm-refund-dialog',
  imports: [FORM_FIELD_IMPORTS, DIALOG_IMPORTS, MatCheckbox, MoneyPipe],
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
        @if (data.restockable) {
          <mat-checkbox formControlName="restock" data-testid="refund-restock">
            Put the sold items back in stock
          </mat-checkbox>
          @if (restockNotAllowed()) {
            <p class="refund__restock-error" role="alert">
              Items go back in stock only when everything that remains is refunded.
            </p>
          }
        }
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
    .refund__restock-error {
      margin: 0.25rem 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RefundDialog {
  protected readonly data = inject<RefundDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RefundDialog, RefundChoice>>(MatDialogRef);
  protected readonly restockNotAllowed = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [
      amountText(this.data.refundable, this.data.currency),
      refundAmountValidator(this.data.refundable, this.data.currency, this.data.locale),
    ],
    restock: [false],
  });

  protected confirmRefund(): void {
    if (!readyToSubmit(this.form)) return;
    const control = this.form.controls.amount;
    const amount = parseMoney(control.value, this.data.currency);
    if (amount === null) return;
    const restock = this.data.restockable && this.form.controls.restock.value;
    // The server restocks only with a refund of everything that remains.
    this.restockNotAllowed.set(restock && amount !== this.data.refundable);
    if (this.restockNotAllowed()) return;
    this.ref.close({ amount, restock });
  }
}
