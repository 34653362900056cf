import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  OnInit,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatPrefix } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { selectCurrency } from '../../../core/auth/state/auth.feature';
import { serverFieldError } from '../../../core/wsapi/wsapi-error';
import { inventoryErrorMessage } from '../inventory-errors';
import {
  EMPTY_ITEM_FORM,
  MAX_NAME_LENGTH,
  MAX_SKU_LENGTH,
  SERVER_FIELDS,
  itemFormValidators,
  toDraft,
  toFormValue,
} from '../item-form';
import { ItemEditorPageActions } from '../state/inventory.actions';
import { inventoryFeature } from '../state/inventory.feature';
import { messageOf } from '../../../shared/error-message/message-of';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { applyServerError } from '../../../shared/forms/form-submit';
import { WithUnsavedChanges, warnBeforeUnload } from '../../../shared/forms/unsaved-changes';

/** Adds an item (`/inventory/new`) or edits one (`/inventory/:id`). */
@Component({
  selector: 'mcm-item-editor-page',
  imports: [FORM_FIELD_IMPORTS, RouterLink, MatAnchor, MatCheckbox, MatPrefix, MatProgressBar],
  templateUrl: './item-editor-page.html',
  styleUrl: './item-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemEditorPage implements OnInit, WithUnsavedChanges {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly changeDetector = inject(ChangeDetectorRef);

  /** The route's `:id`; absent on `/inventory/new`. */
  readonly id = input<string>();

  protected readonly isNew = computed(() => !this.id());
  protected readonly currency = this.store.selectSignal(selectCurrency);
  protected readonly saving = this.store.selectSignal(inventoryFeature.selectSaving);
  protected readonly editorLoading = this.store.selectSignal(inventoryFeature.selectEditorLoading);
  private readonly editing = this.store.selectSignal(inventoryFeature.selectEditing);
  private readonly editorError = this.store.selectSignal(inventoryFeature.selectEditorError);
  private readonly saveError = this.store.selectSignal(inventoryFeature.selectSaveError);

  protected readonly maxNameLength = MAX_NAME_LENGTH;
  protected readonly maxSkuLength = MAX_SKU_LENGTH;

  private readonly rules = itemFormValidators(this.currency().code);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [EMPTY_ITEM_FORM.name, this.rules.name],
    sku: [EMPTY_ITEM_FORM.sku, this.rules.sku],
    price: [EMPTY_ITEM_FORM.price, this.rules.price],
    taxExempt: [EMPTY_ITEM_FORM.taxExempt],
    active: [EMPTY_ITEM_FORM.active],
    stock: [EMPTY_ITEM_FORM.stock, this.rules.stock],
  });

  protected readonly loadErrorMessage = messageOf(this.editorError, (error) =>
    inventoryErrorMessage(error, 'Loading the item'),
  );

  /** A rejected field (`sku` taken, …): its control and the server's message. */
  private readonly fieldError = computed(() => serverFieldError(this.saveError(), SERVER_FIELDS));

  /** Failures not about one field; those are shown on the field itself. */
  protected readonly saveErrorMessage = computed(() => {
    const error = this.saveError();
    if (!error || this.fieldError() !== null) return null;
    return inventoryErrorMessage(error, 'Saving the item');
  });

  /** A save was sent: once it ends without an error the item is saved (and the list opens). */
  private submitted = false;

  /** The item the form was filled from, so a later store change never overwrites typing. */
  private filledFrom: string | null = null;

  constructor() {
    warnBeforeUnload(this);
    effect(() => {
      const item = this.editing();
      if (!item || this.isNew() || item.id !== this.id() || this.filledFrom === item.id) return;
      untracked(() => {
        this.filledFrom = item.id;
        this.form.reset(toFormValue(item, this.currency().code));
        this.changeDetector.markForCheck();
      });
    });

    // A rejected field shows the server's message, and takes the focus.
    effect(() => {
      const error = this.saveError();
      untracked(() => {
        const control = applyServerError(this.form, error, SERVER_FIELDS);
        if (!control) return;
        this.changeDetector.markForCheck();
        this.focusControl(control);
      });
    });
  }

  ngOnInit(): void {
    this.store.dispatch(ItemEditorPageActions.opened({ id: this.id() ?? null }));
  }

  protected retry(): void {
    const id = this.id();
    if (id) this.store.dispatch(ItemEditorPageActions.retryClicked({ id }));
  }

  protected saveItem(): void {
    if (this.saving()) return;
    const draft = this.form.valid ? toDraft(this.form.getRawValue(), this.currency().code) : null;
    if (!draft) {
      this.form.markAllAsTouched();
      const invalid = (Object.keys(this.form.controls) as (keyof typeof this.form.controls)[]).find(
        (name) => this.form.controls[name].invalid,
      );
      if (invalid) this.focusControl(invalid);
      return;
    }
    const id = this.id();
    this.submitted = true;
    this.store.dispatch(
      id
        ? ItemEditorPageActions.updateSubmitted({ id, draft })
        : ItemEditorPageActions.createSubmitted({ draft }),
    );
  }

  private focusControl(name: string): void {
    this.host.nativeElement
      .querySelector<HTMLElement>(
        `[formcontrolname="${name}"] input, input[formcontrolname="${name}"]`,
      )
      ?.focus();
  }

  /** Changed and not saved: never typed into, or sent and saved, leaves at once. */
  hasUnsavedChanges(): boolean {
    const saved = this.submitted && !this.saving() && !this.saveError();
    return this.form.dirty && !saved;
  }
}
