import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { localeName } from '../account-messages';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SaveState } from '../state/account.feature';

/**
 * The language and region amounts and dates are formatted in, one of
 * `account.locale.available_locales`. Applied with a button, so moving through the list with the
 * keyboard does not save every option on the way.
 */
@Component({
  selector: 'mcm-locale-switcher',
  imports: [MatFormField, MatLabel, MatHint, MatInput, MatButton, SaveFeedback],
  template: `
    <form class="settings-form" (submit)="$event.preventDefault(); applyLocale()">
      <mcm-save-feedback [save]="save()" savedText="Your language and region were saved." />
      <mat-form-field appearance="outline">
        <mat-label>Language and region</mat-label>
        <select
          #localeSelect
          matNativeControl
          name="locale"
          [value]="chosen()"
          (change)="chosen.set(localeSelect.value)"
        >
          @for (option of options(); track option.tag) {
            <option [value]="option.tag" [selected]="option.tag === chosen()">
              {{ option.label }}
            </option>
          }
        </select>
        <mat-hint>Amounts and dates follow this choice.</mat-hint>
      </mat-form-field>
      <button
        mat-flat-button
        type="submit"
        [disabled]="save().status === 'saving' || chosen() === current()"
      >
        {{ save().status === 'saving' ? 'Saving…' : 'Use this language and region' }}
      </button>
    </form>
  `,
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocaleSwitcher {
  /** BCP 47 tags (`en-CA`), spelled as `current` is. */
  readonly locales = input.required<readonly string[]>();
  readonly current = input.required<string>();
  readonly save = input.required<SaveState>();
  readonly localeChosen = output<string>();

  protected readonly chosen = linkedSignal(() => this.current());

  /** The offered locales, and the current one even when the list no longer has it. */
  protected readonly options = computed(() => {
    const current = this.current();
    const tags = this.locales().includes(current) ? this.locales() : [current, ...this.locales()];
    return tags.map((tag) => ({ tag, label: `${localeName(tag, current)} (${tag})` }));
  });

  protected applyLocale(): void {
    if (this.save().status === 'saving' || this.chosen() === this.current()) return;
    this.localeChosen.emit(this.chosen());
  }
}
