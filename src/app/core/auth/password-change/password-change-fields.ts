import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { switchMap } from 'rxjs';
import { WsapiError } from '../../wsapi/wsapi-error';
import { PasswordChangeForm, passwordChangeFieldError } from './password-change-form';
import {
  PASSWORD_RULES,
  PasswordRuleId,
  brokenPasswordRules,
  passwordRuleError,
} from './password-rules';

/**
 * The fields of a password change: current, new (with the rules listed and ticked off as the user
 * types) and its confirmation, each with its messages. Sits inside the page's own
 * `<form [formGroup]="form">`, whose submit, reset and state stay with the page.
 */
@Component({
  selector: 'mcm-password-change-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput],
  templateUrl: './password-change-fields.html',
  styleUrl: './password-change-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The controls bind to the enclosing form, so its submitted state shows their errors.
  viewProviders: [
    { provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) },
  ],
})
export class PasswordChangeFields {
  private readonly changeDetector = inject(ChangeDetectorRef);

  /** The group of the enclosing `<form>`, from `createPasswordChangeForm()`. */
  readonly form = input.required<PasswordChangeForm>();
  readonly userName = input.required<string>();
  /** The id of the rules list, which the new password field points at (`aria-describedby`). */
  readonly rulesId = input.required<string>();

  private readonly currentPasswordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('currentPasswordInput');
  private readonly newPasswordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('newPasswordInput');

  /** Counts the form's events, so `rules` re-reads the form; the passwords stay in the form. */
  private readonly formEvents = signal(0);

  /** The rules, each marked met as soon as the new password satisfies it. */
  protected readonly rules = computed(() => {
    this.formEvents();
    const { currentPassword, newPassword } = this.form().getRawValue();
    const broken = brokenPasswordRules(newPassword, { userName: this.userName(), currentPassword });
    return PASSWORD_RULES.map((rule) => ({
      ...rule,
      met: newPassword !== '' && !broken.includes(rule.id),
    }));
  });

  constructor() {
    // The page changes the form too (submit, reset, a server error), and a form's values and
    // errors are no signals: every event of the form re-reads the rules and re-renders the fields.
    toObservable(this.form)
      .pipe(
        switchMap((form) => form.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.formEvents.update((count) => count + 1);
        this.changeDetector.markForCheck();
      });
  }

  /**
   * Once the server answered the change (`error` null: done). The rule is that no password stays
   * in the form, whatever the answer — with one exception the merchant asked for (issue 17): when
   * the server refuses the current password, only that field is emptied and marked, and the new
   * password and its confirmation, which nothing refused, stay as typed for the next try.
   */
  settleAfterAnswer(error: WsapiError | null, formDirective: FormGroupDirective): void {
    if (passwordChangeFieldError(error)?.control === 'currentPassword') {
      this.form().controls.currentPassword.reset();
    } else {
      formDirective.resetForm();
    }
    this.showServerError(error);
  }

  /**
   * Shows the server's error on the field it names and moves focus there; false, and nothing
   * shown, when it names none of these fields (the page says it as a whole).
   */
  showServerError(error: WsapiError | null): boolean {
    const fieldError = passwordChangeFieldError(error);
    if (!fieldError) return false;
    const control = this.form().controls[fieldError.control];
    control.setErrors({ server: fieldError.message });
    control.markAsTouched();
    const input =
      fieldError.control === 'currentPassword' ? this.currentPasswordInput : this.newPasswordInput;
    input().nativeElement.focus();
    return true;
  }

  protected ruleError(broken: readonly PasswordRuleId[]): string | null {
    return passwordRuleError(broken);
  }
}
