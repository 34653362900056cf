import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { RECEIPT_FOOTER_MAX, RECEIPT_HEADER_MAX, ReceiptText } from '../account.model';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SettingsForm } from '../settings-form';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';

const FIELDS = { header: 'header', footer: 'footer' } as const;
// Line breaks are allowed; other control characters are refused by the server.
// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u0009\u000b-\u001f\u007f]*$/;

/** The organization's email-receipt header and footer (`account.permissions.edit_email_receipt`). */
@Component({
  selector: 'mcm-receipt-settings-form',
  imports: [FORM_FIELD_IMPORTS, SaveFeedback, SubmitButton],
  templateUrl: './receipt-settings-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReceiptSettingsForm extends SettingsForm {
  readonly receipt = input.required<ReceiptText>();
  readonly receiptSubmitted = output<ReceiptText>();

  protected readonly fields = FIELDS;
  protected readonly headerMax = RECEIPT_HEADER_MAX;
  protected readonly footerMax = RECEIPT_FOOTER_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    header: ['', [Validators.maxLength(RECEIPT_HEADER_MAX), Validators.pattern(NO_CONTROL)]],
    footer: ['', [Validators.maxLength(RECEIPT_FOOTER_MAX), Validators.pattern(NO_CONTROL)]],
  });
  protected readonly values = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  constructor() {
    super();
    this.showSetting(
      this.form,
      () => {
        const { header, footer } = this.receipt();
        return { header, footer };
      },
      FIELDS,
    );
  }

  protected saveReceipt(): void {
    if (!this.readyToSave(this.form)) return;
    this.receiptSubmitted.emit(this.form.getRawValue());
  }
}
