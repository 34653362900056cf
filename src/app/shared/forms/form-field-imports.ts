import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/**
 * What a component with a reactive form of Material text fields and a submit button imports:
 * `imports: [FORM_FIELD_IMPORTS, …]` (Angular flattens the list). Add what else the form uses
 * (MatSelect, MatCheckbox, a progress bar…) beside it.
 */
export const FORM_FIELD_IMPORTS = [
  ReactiveFormsModule,
  MatFormField,
  MatLabel,
  MatHint,
  MatError,
  MatInput,
  MatButton,
] as const;
