import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { Subject, switchMap } from 'rxjs';
import { hasPermission } from '../../../core/access/permissions';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { WsapiError, fieldFailure } from '../../../core/wsapi/wsapi-error';
import { adminErrorText } from '../admin-errors';
import { MerchantStore } from '../merchant/merchant-store';
import { ConfigurationMap } from './configuration-api';
import {
  Draft,
  changeCount,
  changesOf,
  describeChanges,
  isEditable,
  keepsKind,
  toDraft,
} from './configuration-drafts';
import { groupConfiguration } from './configuration-groups';
import { SaveStatus, loadOnChange } from '../paged-store';
import { ConfigurationStore } from './configuration-store';
import { ConfigurationTable } from './configuration-table/configuration-table';
import { injectFocusAfterRender } from '../focus-after-render';

type EditForm = FormRecord<FormControl<Draft>>;

/**
 * A merchant's configuration, grouped and readable by every admin. A system administrator can
 * edit it: booleans, numbers and strings keep their kind, objects and lists stay read-only, and
 * Save sends only the keys that changed. A failed save keeps the edits.
 */
@Component({
  selector: 'mcm-configuration-page',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, ConfigurationTable],
  templateUrl: './configuration-page.html',
  styleUrl: './configuration-page.scss',
  providers: [ConfigurationStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfigurationPage {
  private readonly store = inject(ConfigurationStore);
  private readonly merchant = inject(MerchantStore, { optional: true });
  private readonly account = inject(Store).selectSignal(authFeature.selectAccount);
  private readonly focusAfterRender = injectFocusAfterRender();

  /** The route's `:organizationId` (inherited from the merchant layout's route). */
  readonly organizationId = input.required<string>();

  protected readonly loading = this.store.loading;
  protected readonly saving = computed(() => this.store.saveStatus() === 'saving');
  protected readonly canEdit = computed(() => hasPermission(this.account(), 'role:sys-admin'));
  protected readonly groups = computed(() => {
    const configuration = this.store.configuration();
    return configuration ? groupConfiguration(configuration) : [];
  });

  /** The map the edits started from, and the edit form (`null`: not editing). */
  private readonly base = signal<ConfigurationMap>({});
  protected readonly form = signal<EditForm | null>(null);
  private readonly drafts = signal<Readonly<Record<string, Draft>>>({});
  private readonly forms = new Subject<EditForm>();

  protected readonly pending = computed(() => changesOf(this.base(), this.drafts()));
  protected readonly pendingList = computed(() =>
    describeChanges(this.base(), this.pending().changes),
  );
  /** A problem found before sending (values that do not keep their kind). */
  protected readonly notice = signal<string | null>(null);
  /** A remark before sending that is not a problem ("nothing to save"). */
  private readonly info = signal<string | null>(null);
  /** What the last save did (or the remark above), for the live region. */
  protected readonly statusText = computed(() => {
    const info = this.info();
    if (info) return info;
    if (this.store.saveStatus() !== 'saved') return '';
    return `Saved ${changeCount(this.store.savedCount())}. Users of ${this.merchantName()} see it at their next session refresh.`;
  });
  protected readonly loadErrorMessage = adminErrorText(
    this.store.loadError,
    'Loading the configuration',
  );
  protected readonly saveErrorMessage = adminErrorText(
    this.store.saveError,
    'Saving the configuration',
  );

  private readonly editButton = viewChild('editButton', { read: ElementRef<HTMLButtonElement> });
  private readonly editIntro = viewChild<ElementRef<HTMLElement>>('editIntro');
  private readonly status = viewChild.required<ElementRef<HTMLElement>>('status');

  constructor() {
    this.forms
      .pipe(
        switchMap((form) => form.valueChanges),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.drafts.set(this.form()?.getRawValue() ?? {}));

    loadOnChange(this.organizationId, this.store, () => this.closeEditor());

    effect(() => {
      const status = this.store.saveStatus();
      const error = this.store.saveError();
      untracked(() => this.showSaveOutcome(status, error));
    });
  }

  protected retry(): void {
    this.store.reload();
  }

  protected startEditing(): void {
    const configuration = this.store.configuration();
    if (!configuration || !this.canEdit()) return;
    const form: EditForm = new FormRecord<FormControl<Draft>>({});
    for (const [key, value] of Object.entries(configuration)) {
      if (!isEditable(value)) continue;
      form.addControl(
        key,
        new FormControl<Draft>(toDraft(value), {
          nonNullable: true,
          validators: keepsKind(value),
        }),
      );
    }
    this.store.clearSaveStatus();
    this.closeEditor();
    this.base.set(configuration);
    this.drafts.set(form.getRawValue());
    this.form.set(form);
    this.forms.next(form);
    this.focusAfterRender(() => this.editIntro()?.nativeElement);
  }

  protected cancelEditing(): void {
    if (this.saving()) return;
    this.closeEditor();
    this.store.clearSaveStatus();
    this.focusAfterRender(() => this.editButton()?.nativeElement);
  }

  protected saveChanges(): void {
    const form = this.form();
    if (!form || this.saving()) return;
    const { changes, invalid } = this.pending();
    this.info.set(null);
    if (invalid.length) {
      form.markAllAsTouched();
      this.notice.set(
        invalid.length === 1
          ? '1 value needs fixing (see the message next to it). Nothing was saved.'
          : `${invalid.length} values need fixing (see the messages next to them). Nothing was saved.`,
      );
      this.focusAfterRender('input[aria-invalid="true"]');
      return;
    }
    this.notice.set(null);
    if (Object.keys(changes).length === 0) {
      this.info.set('Nothing to save: no setting was changed.');
      return;
    }
    this.store.save(changes);
  }

  private showSaveOutcome(status: SaveStatus, error: WsapiError | null): void {
    const form = this.form();
    if (status === 'saving') {
      form?.disable({ emitEvent: false });
      return;
    }
    form?.enable({ emitEvent: false });
    if (status === 'saved') {
      this.closeEditor();
      this.focusAfterRender(() => this.status().nativeElement);
    } else if (status === 'failed' && form) {
      const failure = fieldFailure(error);
      if (failure && Object.hasOwn(form.controls, failure.field)) {
        const control = form.controls[failure.field];
        control.setErrors({ server: failure.message });
        control.markAsTouched();
      }
    }
  }

  private closeEditor(): void {
    this.form.set(null);
    this.base.set({});
    this.drafts.set({});
    this.notice.set(null);
    this.info.set(null);
  }

  /** The merchant layout's store clears the previous merchant for another id. */
  private merchantName(): string {
    return this.merchant?.organization()?.name || 'this merchant';
  }
}
