import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { FormControl } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { declineReason } from '../../../core/wsapi/decline-reason';
import { emailValidator } from '../../../shared/forms/email-address';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { PercentagePipe } from '../../../shared/money/percent.pipe';
import { SaleResult } from '../sale.model';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';

const NO_DETAIL = { code: '', message: '' };

/**
 * The WSAPI's answer to a sale: approved or declined (with the reason in words), its id, and the
 * totals the server computed. An approval links its transaction, offers the emailed receipt and
 * shows the change due on a cash sale; a decline offers another card for the same sale.
 */
@Component({
  selector: 'mcm-sale-result',
  imports: [FORM_FIELD_IMPORTS, MatAnchor, RouterLink, MoneyPipe, PercentagePipe],
  templateUrl: './sale-result.html',
  styleUrl: './sale-result.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaleResultView {
  readonly result = input.required<SaleResult>();
  readonly locale = input.required<string>();
  readonly sending = input(false);
  readonly sentTo = input<string | null>(null);
  readonly receiptError = input<string | null>(null);
  /** What the customer handed over for a cash sale, if the clerk typed it (minor units). */
  readonly cashReceived = input<number | null>(null);

  readonly receiptRequested = output<string>();
  readonly newSale = output<void>();
  readonly anotherCard = output<void>();

  protected readonly approved = computed(() => this.result().status === 'approved');
  protected readonly declineReason = computed(() => {
    const decline = this.result().decline;
    return decline ? declineReason(decline) : this.approved() ? null : declineReason(NO_DETAIL);
  });
  protected readonly changeDue = computed(() => {
    const received = this.cashReceived();
    const { tender, total } = this.result();
    return this.approved() && tender === 'Cash' && received !== null && received >= total
      ? received - total
      : null;
  });
  /** The percent (thousandths of a percent on the wire of the sale: 8250 → 8.25). */
  protected readonly taxRate = computed(() => this.result().taxRateMilli / 1000);
  protected readonly email = new FormControl('', {
    nonNullable: true,
    validators: [emailValidator],
  });

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // The outcome replaces the form: move focus to it so a screen reader announces it.
    afterNextRender(() => this.heading().nativeElement.focus());
  }

  protected sendReceipt(): void {
    this.email.setValue(this.email.value.trim());
    this.email.markAsTouched();
    if (this.email.valid && !this.sending()) this.receiptRequested.emit(this.email.value);
  }
}
