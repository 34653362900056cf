import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MatSelect } from '@angular/material/select';
import { parseMoney } from '../../../shared/money/money';
import { EMPTY_FILTER, TransactionFilter, amountText } from '../transaction-query';
import {
  STATUS_LABELS,
  TENDERS,
  TRANSACTION_STATUSES,
  Tender,
  TransactionStatus,
} from '../transactions.model';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit } from '../../../shared/forms/form-submit';

const amountValidator =
  (currency: () => string): ValidatorFn =>
  (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value.trim();
    if (value === '') return null;
    const amount = parseMoney(value, currency());
    return amount === null || amount === 0 ? { amount: true } : null;
  };

const dateOrder: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const from = group.get('from')?.value as string;
  const to = group.get('to')?.value as string;
  return from && to && from > to ? { dateOrder: true } : null;
};

/** The history's filters. Emits a whole new filter when applied or cleared; holds no state. */
@Component({
  selector: 'mcm-transaction-filters',
  imports: [FORM_FIELD_IMPORTS, MatSelect, MatOption],
  templateUrl: './transaction-filters.html',
  styleUrl: './transaction-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransactionFilters {
  /** The filter in force (from the address bar). */
  readonly filter = input.required<TransactionFilter>();
  readonly currency = input.required<string>();
  readonly filterChange = output<TransactionFilter>();

  protected readonly statuses = TRANSACTION_STATUSES;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly tenders = TENDERS;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      from: [''],
      to: [''],
      statuses: [[] as TransactionStatus[]],
      tender: ['' as Tender | ''],
      amount: ['', amountValidator(() => this.currency())],
      q: [''],
    },
    { validators: dateOrder },
  );

  constructor() {
    effect(() => {
      const filter = this.filter();
      const currency = this.currency();
      this.form.reset({
        from: filter.from,
        to: filter.to,
        statuses: [...filter.statuses],
        tender: filter.tender,
        amount: filter.amount === null ? '' : amountText(filter.amount, currency),
        q: filter.q,
      });
    });
  }

  protected applyFilters(): void {
    if (!readyToSubmit(this.form)) return;
    const value = this.form.getRawValue();
    const amount = value.amount.trim();
    this.filterChange.emit({
      from: value.from,
      to: value.to,
      statuses: TRANSACTION_STATUSES.filter((status) => value.statuses.includes(status)),
      tender: value.tender,
      amount: amount ? parseMoney(amount, this.currency()) : null,
      q: value.q.trim(),
    });
  }

  protected clearFilters(): void {
    this.filterChange.emit(EMPTY_FILTER);
  }
}
