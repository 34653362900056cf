import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { map } from 'rxjs';
import {
  PASSWORD_RULES,
  PasswordRuleId,
  brokenPasswordRules,
  matchesNewPassword,
  newPasswordValidator,
  passwordRuleError,
} from '../../first-login/password-rules';
import { PasswordChange } from '../account.model';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { applyServerError } from '../server-errors';
import { SaveState } from '../state/account.feature';

const FIELDS = { current_password: 'currentPassword', new_password: 'newPassword' } as const;

/** A new password, with the same rules as the first-login step, checked as the user types. */
@Component({
  selector: 'mcm-password-form',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    SaveFeedback,
  ],
  templateUrl: './password-form.html',
  styleUrls: ['../settings-form.scss', './password-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordForm {
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly userName = input.required<string>();
  readonly save = input.required<SaveState>();
  readonly passwordSubmitted = output<PasswordChange>();

  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required, Validators.maxLength(256)]],
    newPassword: ['', [Validators.required, newPasswordValidator(() => this.userName())]],
    confirmPassword: ['', [Validators.required, matchesNewPassword]],
  });

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly currentPasswordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('currentPasswordInput');
  private readonly newPasswordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('newPasswordInput');

  private readonly values = toSignal(
    this.form.valueChanges.pipe(map(() => this.form.getRawValue())),
    { initialValue: this.form.getRawValue() },
  );

  /** The rules, each marked met as soon as the new password satisfies it. */
  protected readonly rules = computed(() => {
    const { currentPassword, newPassword } = this.values();
    const broken = brokenPasswordRules(newPassword, { userName: this.userName(), currentPassword });
    return PASSWORD_RULES.map((rule) => ({
      ...rule,
      met: newPassword !== '' && !broken.includes(rule.id),
    }));
  });

  constructor() {
    const { currentPassword, newPassword, confirmPassword } = this.form.controls;
    currentPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => newPassword.updateValueAndValidity({ emitEvent: false }));
    newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => confirmPassword.updateValueAndValidity({ emitEvent: false }));

    // Passwords never stay in the form once the server answered, whatever it said.
    effect(() => {
      const { status, error } = this.save();
      if (status !== 'saved' && status !== 'failed') return;
      untracked(() => {
        this.formDirective().resetForm();
        const field = applyServerError(this.form, error, FIELDS);
        if (field) {
          const input =
            field === 'currentPassword' ? this.currentPasswordInput : this.newPasswordInput;
          input().nativeElement.focus();
        }
        this.changeDetector.markForCheck();
      });
    });
  }

  protected ruleError(broken: readonly PasswordRuleId[]): string | null {
    return passwordRuleError(broken);
  }

  protected changePassword(): void {
    if (this.save().status === 'saving') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.passwordSubmitted.emit({ current: currentPassword, next: newPassword });
  }
}
