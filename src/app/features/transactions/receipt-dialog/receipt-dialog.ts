import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit } from '../../../shared/forms/form-submit';
import { DIALOG_IMPORTS } from '../../../shared/dialog/dialog-imports';

/** Asks where to email the receipt. Closes with the trimmed address. */
@Component({
  selector: 'mcm-receipt-dialog',
  imports: [FORM_FIELD_IMPORTS, DIALOG_IMPORTS],
  template: `
    <h2 mat-dialog-title>Email the receipt</h2>
    <form [formGroup]="form" (ngSubmit)="sendReceipt()" novalidate>
      <mat-dialog-content>
        <p>We will send the receipt for this transaction to this address.</p>
        <mat-form-field appearance="outline" class="receipt__field">
          <mat-label>Email address</mat-label>
          <input
            matInput
            type="email"
            formControlName="email"
            autocomplete="email"
            autocapitalize="none"
            spellcheck="false"
            required
            cdkFocusInitial
          />
          @let email = form.controls.email;
          @if (email.hasError('required')) {
            <mat-error>Enter an email address.</mat-error>
          } @else if (email.hasError('email') || email.hasError('maxlength')) {
            <mat-error>Enter an email address like name&#64;example.com.</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit">Send receipt</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .receipt__field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceiptDialog {
  private readonly ref = inject<MatDialogRef<ReceiptDialog, string>>(MatDialogRef);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });

  protected sendReceipt(): void {
    if (!readyToSubmit(this.form)) return;
    const control = this.form.controls.email;
    this.ref.close(control.value.trim());
  }
}
