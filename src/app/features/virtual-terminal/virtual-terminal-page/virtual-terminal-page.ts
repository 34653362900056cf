import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
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
import {
  buildSaleForm,
  clearCard,
  followSaleRules,
  markRefusedCardField,
  resetSaleForm,
  showDraftProblem,
} from '../sale-form';
import { ItemLineView, SaleItems } from '../sale-items/sale-items';
import { SaleResultView } from '../sale-result/sale-result';
import { SaleItemLines } from '../sale-lines';
import { offeredAdjustments } from '../sale-adjustments';
import { saleRulesOf } from '../sale-rules';
import { ROUNDING_RULE } from '../sale-totals';
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
    NgTemplateOutlet,
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
  private readonly injector = inject(Injector);

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

  protected readonly itemLines = new SaleItemLines(() =>
    this.form.controls.amount.updateValueAndValidity(),
  );
  /** Sent with the sale; kept after a failure, so resubmitting the same sale cannot charge twice. */
  private idempotencyKey = newIdempotencyKey();
  /** Set when a submit found problems: from then on, every problem is shown. */
  protected readonly attempted = signal(false);
  /** The cash received of the sale last submitted, for the change due on its result. */
  protected readonly cashReceived = signal<number | null>(null);

  protected readonly form = buildSaleForm(
    inject(NonNullableFormBuilder),
    this.rules(),
    this.clock,
    () => (!this.rules().items ? 'not-offered' : this.itemLines.lines().length ? 'some' : 'none'),
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

  private readonly draft = computed((): SaleDraft => {
    const { amount, tip, taxRate, discount, tender, cashReceived } = this.value();
    return { amount, items: this.itemLines.lines(), tip, taxRate, discount, tender, cashReceived };
  });
  protected readonly check = computed(() =>
    checkSaleDraft(this.draft(), this.rules(), this.catalogue()),
  );
  protected readonly itemViews = computed((): ItemLineView[] => {
    const byId = new Map(this.catalogue().map((item) => [item.id, item]));
    return this.itemLines.lines().map((line, index) => ({
      ...line,
      item: byId.get(line.itemId),
      error: this.check().itemErrors[index] ?? null,
    }));
  });

  constructor() {
    const rules = this.rules();
    followSaleRules(this.form, this.rules);

    this.store.dispatch(VirtualTerminalPageActions.opened({ withItems: rules.items }));

    // Recorded: the card is cleared at once; an approved sale too, a declined one stays for
    // "Try another card".
    effect(() => {
      const result = this.result();
      if (result) untracked(() => this.clearSale(result.status !== 'approved'));
    });
    effect(() => {
      const problem = this.check().errors.cashReceived ?? null;
      untracked(() => showDraftProblem(this.form.controls.cashReceived, problem));
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
    this.cashReceived.set(this.check().cashReceived);
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

  /** Back to the declined sale, amount and items kept, the card fields empty and focused. */
  protected tryAnotherCard(): void {
    this.store.dispatch(VirtualTerminalPageActions.tryAnotherCardClicked());
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLElement>('[data-testid="card-number"]')?.focus(),
      { injector: this.injector },
    );
  }

  protected startNewSale(): void {
    this.clearSale();
    this.store.dispatch(
      VirtualTerminalPageActions.newSaleStarted({ withItems: this.rules().items }),
    );
  }

  /** Empties every field (or only the card's) and makes the next submit a new sale. */
  private clearSale(cardOnly = false): void {
    if (cardOnly) {
      clearCard(this.form);
    } else {
      resetSaleForm(this.form, this.rules());
      this.itemLines.clear();
    }
    this.attempted.set(false);
    this.idempotencyKey = newIdempotencyKey();
  }
}
