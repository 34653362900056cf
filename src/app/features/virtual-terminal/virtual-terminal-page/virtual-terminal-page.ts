import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatPrefix, MatSuffix } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Store } from '@ngrx/store';
import { map, startWith } from 'rxjs';
import { CLOCK } from '../../../core/clock';
import { authFeature, selectCurrency } from '../../../core/auth/state/auth.feature';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { CardFields } from '../card-fields/card-fields';
import { cardDetailsOf, cardDigits, cvvLength, detectBrand } from '../card-rules';
import { PendingCard } from '../pending-card';
import { SaleDraft, checkSaleDraft } from '../sale-draft';
import { newIdempotencyKey } from '../../../core/wsapi/idempotency-key';
import { buildSaleForm, followSaleRules, markRefusedCardField, resetSaleForm } from '../sale-form';
import { ItemLineView, SaleItems } from '../sale-items/sale-items';
import { SaleResultView } from '../sale-result/sale-result';
import { SaleLine, withItemAdded, withQuantity, withoutLine } from '../sale-lines';
import { offeredAdjustments } from '../sale-adjustments';
import { saleRulesOf } from '../sale-rules';
import { ROUNDING_RULE } from '../sale-totals';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { VirtualTerminalPageActions } from '../state/virtual-terminal.actions';
import { virtualTerminalFeature } from '../state/virtual-terminal.feature';
import {
  cardFieldOf,
  itemsErrorMessage,
  receiptErrorMessage,
  saleErrorMessage,
} from '../virtual-terminal-messages';
import { messageOf } from '../../../shared/error-message/message-of';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';

/**
 * Takes a sale from the browser: an amount and/or inventory items, the tip, tax and discount the
 * account allows, cash or a hand-entered card. Totals are previewed with the WSAPI's own rule;
 * the result shows the server's. The card stays in this form (never the store) and is cleared
 * as soon as the sale is recorded.
 */
@Component({
  selector: 'mcm-virtual-terminal-page',
  imports: [
    FORM_FIELD_IMPORTS,
    MatPrefix,
    MatSuffix,
    MatRadioGroup,
    MatRadioButton,
    MatProgressBar,
    MoneyPipe,
    CardFields,
    SaleItems,
    SaleResultView,
  ],
  templateUrl: './virtual-terminal-page.html',
  styleUrl: './virtual-terminal-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VirtualTerminalPage {
  private readonly store = inject(Store);
  private readonly pendingCard = inject(PendingCard);
  private readonly clock = inject(CLOCK);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly rules = computed(() =>
    saleRulesOf(this.store.selectSignal(authFeature.selectConfiguration)()),
  );
  protected readonly adjustments = computed(() => offeredAdjustments(this.rules()));
  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  protected readonly currency = this.store.selectSignal(selectCurrency);
  protected readonly roundingRule = ROUNDING_RULE;

  protected readonly catalogue = this.store.selectSignal(virtualTerminalFeature.selectItems);
  protected readonly itemsLoading = this.store.selectSignal(
    virtualTerminalFeature.selectItemsLoading,
  );
  private readonly itemsError = this.store.selectSignal(virtualTerminalFeature.selectItemsError);
  protected readonly itemsErrorMessage = messageOf(this.itemsError, itemsErrorMessage);
  protected readonly submitting = this.store.selectSignal(virtualTerminalFeature.selectSubmitting);
  private readonly saleError = this.store.selectSignal(virtualTerminalFeature.selectSaleError);
  protected readonly saleErrorMessage = computed(() => {
    const error = this.saleError();
    return error && !cardFieldOf(error) ? saleErrorMessage(error) : null;
  });
  protected readonly result = this.store.selectSignal(virtualTerminalFeature.selectResult);
  protected readonly receipt = this.store.selectSignal(virtualTerminalFeature.selectReceipt);
  protected readonly receiptErrorMessage = messageOf(
    () => this.receipt().error,
    receiptErrorMessage,
  );

  /** The items on the sale, in the order they were added. */
  private readonly itemLines = signal<readonly SaleLine[]>([]);
  /** Sent with the sale; kept after a failure, so resubmitting the same sale cannot charge twice. */
  private idempotencyKey = newIdempotencyKey();
  /** Set when a submit found problems: from then on, every problem is shown. */
  protected readonly attempted = signal(false);

  protected readonly form = buildSaleForm(
    inject(NonNullableFormBuilder),
    this.rules(),
    this.clock,
    () => (!this.rules().items ? 'not-offered' : this.itemLines().length ? 'some' : 'none'),
  );

  private readonly value = toSignal(
    this.form.valueChanges.pipe(
      startWith(null),
      map(() => this.form.getRawValue()),
    ),
    { requireSync: true },
  );
  protected readonly tender = computed(() => this.value().tender);
  protected readonly cardBrand = computed(() => detectBrand(cardDigits(this.value().card.number)));
  protected readonly cvvDigits = computed(() => cvvLength(this.cardBrand()));

  private readonly draft = computed((): SaleDraft => ({
    amount: this.value().amount,
    items: this.itemLines(),
    tip: this.value().tip,
    taxRate: this.value().taxRate,
    discount: this.value().discount,
    tender: this.value().tender,
  }));
  protected readonly check = computed(() =>
    checkSaleDraft(this.draft(), this.rules(), this.catalogue()),
  );
  protected readonly itemViews = computed((): ItemLineView[] => {
    const byId = new Map(this.catalogue().map((item) => [item.id, item]));
    return this.itemLines().map((line, index) => ({
      ...line,
      item: byId.get(line.itemId),
      error: this.check().itemErrors[index] ?? null,
    }));
  });

  constructor() {
    const rules = this.rules();
    followSaleRules(this.form, this.rules);

    this.store.dispatch(VirtualTerminalPageActions.opened({ withItems: rules.items }));

    // Recorded (approved or declined): the card and the sale are cleared at once.
    effect(() => {
      if (this.result()) untracked(() => this.clearSale());
    });
    // A card the WSAPI refused is marked on its field; a lost answer keeps the key (see above),
    // unless the server says that key already made a sale.
    effect(() => {
      const error = this.saleError();
      untracked(() => {
        markRefusedCardField(this.form, error);
        if (error?.kind === 'conflict') this.idempotencyKey = newIdempotencyKey();
      });
    });
  }

  protected addItem(item: InventoryItem): void {
    this.setItemLines(withItemAdded(this.itemLines(), item.id));
  }

  protected changeQuantity({ index, quantity }: { index: number; quantity: number }): void {
    this.setItemLines(withQuantity(this.itemLines(), index, quantity));
  }

  protected removeItem(index: number): void {
    this.setItemLines(withoutLine(this.itemLines(), index));
  }

  protected retryItems(): void {
    this.store.dispatch(VirtualTerminalPageActions.itemsRetryClicked());
  }

  protected chargeSale(): void {
    if (this.submitting()) return;
    const request = this.check().request;
    if (this.form.invalid || !request) {
      this.attempted.set(true);
      this.form.markAllAsTouched();
      queueMicrotask(() =>
        this.host.nativeElement
          .querySelector<HTMLElement>('input.ng-invalid, [aria-invalid="true"]')
          ?.focus(),
      );
      return;
    }
    const card = this.form.controls.card.getRawValue();
    this.pendingCard.hold(request.tender === 'Card' ? cardDetailsOf(card, this.rules()) : null);
    this.store.dispatch(
      VirtualTerminalPageActions.saleSubmitted({
        sale: request,
        idempotencyKey: this.idempotencyKey,
      }),
    );
  }

  protected emailReceipt(email: string): void {
    const transactionId = this.result()?.id;
    if (!transactionId) return;
    const idempotencyKey = newIdempotencyKey();
    this.store.dispatch(
      VirtualTerminalPageActions.receiptRequested({ transactionId, email, idempotencyKey }),
    );
  }

  protected startNewSale(): void {
    this.store.dispatch(
      VirtualTerminalPageActions.newSaleStarted({ withItems: this.rules().items }),
    );
  }

  private setItemLines(lines: readonly SaleLine[]): void {
    this.itemLines.set(lines);
    this.form.controls.amount.updateValueAndValidity();
  }

  /** Empties every field (the card's too) and makes the next submit a new sale. */
  private clearSale(): void {
    resetSaleForm(this.form, this.rules());
    this.itemLines.set([]);
    this.attempted.set(false);
    this.idempotencyKey = newIdempotencyKey();
  }
}
