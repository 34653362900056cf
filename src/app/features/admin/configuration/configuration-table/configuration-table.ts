import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { Draft } from '../configuration-drafts';
import { ConfigurationGroup } from '../configuration-groups';

/**
 * One group of settings as a table (setting, value). Read-only unless given the edit `form`
 * (one control per editable key): booleans become switches, numbers and strings text fields,
 * each named by its whole key; objects and lists stay read-only. Values are API data,
 * interpolated as text.
 */
@Component({
  selector: 'mcm-configuration-table',
  imports: [ReactiveFormsModule, MatFormField, MatError, MatHint, MatInput, MatSlideToggle],
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
}
