import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
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
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { fieldErrorOf, firstLoginErrorMessage } from '../first-login-messages';
import {
  PASSWORD_RULES,
  PasswordRuleId,
  brokenPasswordRules,
  matchesNewPassword,
  newPasswordValidator,
  passwordRuleError,
} from '../password-rules';
import { ChangePasswordPageActions } from '../state/first-login.actions';
import { firstLoginFeature } from '../state/first-login.feature';

/** The WSAPI's field names for the controls that can carry a server error. */
const SERVER_FIELDS = {
  current_password: 'currentPassword',
  new_password: 'newPassword',
} as const;
type ServerField = keyof typeof SERVER_FIELDS;

const isServerField = (field: string | null): field is ServerField =>
  field !== null && Object.hasOwn(SERVER_FIELDS, field);

/** Forced step: a new password, with the rules listed up front and checked as the user types. */
@Component({
  selector: 'mcm-change-password-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly store = inject(Store);
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly submitting = this.store.selectSignal(firstLoginFeature.selectSubmitting);
  private readonly error = this.store.selectSignal(firstLoginFeature.selectError);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly userName = computed(() => this.user()?.userName ?? '');

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
    {
      initialValue: this.form.getRawValue(),
    },
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

  /** Failures not tied to one field; a field's own error is shown on that field. */
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    if (!error || (error.kind === 'invalid-request' && isServerField(error.field))) return null;
    return firstLoginErrorMessage(error);
  });

  constructor() {
    this.store.dispatch(ChangePasswordPageActions.opened());

    const { currentPassword, newPassword, confirmPassword } = this.form.controls;
    currentPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => newPassword.updateValueAndValidity({ emitEvent: false }));
    newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => confirmPassword.updateValueAndValidity({ emitEvent: false }));

    // A failed change never keeps a password; the server's field error goes on its field.
    effect(() => {
      const error = this.error();
      if (!error) return;
      untracked(() => {
        this.formDirective().resetForm();
        const field = error.kind === 'invalid-request' ? error.field : null;
        if (isServerField(field)) {
          const name = SERVER_FIELDS[field];
          const control = this.form.controls[name];
          control.setErrors({ server: fieldErrorOf(error, field) });
          control.markAsTouched();
          const input =
            name === 'currentPassword' ? this.currentPasswordInput : this.newPasswordInput;
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
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.store.dispatch(
      ChangePasswordPageActions.submitted({
        password: { current: currentPassword, next: newPassword },
      }),
    );
  }
}
