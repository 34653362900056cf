import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect, MatSelectTrigger } from '@angular/material/select';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { Draft } from '../configuration-drafts';
import { ConfigurationGroup } from '../configuration-groups';
import { CONFIG_OPTIONS, CONFIG_OPTION_TEXT } from '../configuration-settings';

/**
 * One group of settings as a table (setting, value), each row named by its label with the raw
 * key in small print for support staff. Read-only unless given the edit `form` (one control per
 * editable key): switches for booleans, a select for the vendor's Off / Optional / Required,
 * number and text fields for the rest, each named by its label; objects and lists stay
 * read-only. Values are API data, interpolated as text.
 */
@Component({
  selector: 'mcm-configuration-table',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatError,
    MatHint,
    MatInput,
    MatSelect,
    MatSelectTrigger,
    MatOption,
    MatSlideToggle,
  ],
  templateUrl: './configuration-table.html',
  styleUrl: './configuration-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfigurationTable {
  readonly group = input.required<ConfigurationGroup>();
  /** The edit form; `null` shows the values only. */
  readonly form = input<FormRecord<FormControl<Draft>> | null>(null);
  /** The id of the heading that names this group (the caption repeats it for the table). */
  readonly headingId = input.required<string>();

  protected readonly options = CONFIG_OPTIONS;
  protected readonly optionText = CONFIG_OPTION_TEXT;
}
