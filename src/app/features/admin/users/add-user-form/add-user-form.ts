import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder } from '@angular/forms';
import { MatProgressBar } from '@angular/material/progress-bar';
import { map } from 'rxjs';
import { FORM_FIELD_IMPORTS } from '../../../../shared/forms/form-field-imports';
import { applyServerError } from '../../../../shared/forms/form-submit';
import {
  PERSON_NAME_MAX,
  TemporaryPasswordRuleId,
  USER_NAME_MAX,
  USER_NAME_MIN,
  generateTemporaryPassword,
  temporaryPasswordError,
  userNameValidator,
} from '../new-user-rules';
import { EMAIL_MAX } from '../../../../shared/forms/email-address';
import { Availability, Creation } from '../organization-users-store';
import { availabilityText, createdMessage, creationFailedMessage } from '../users-messages';
import { NewUser, sameUserName } from '../users.model';
import { NEW_USER_FIELDS, NewUserField, newUserFieldOf } from './new-user-fields';
import { createNewUserForm, newUserSnapshot } from './new-user-form';
import { HandOver, TemporaryPasswordNote } from './temporary-password-note/temporary-password-note';

type FailedCreation = Extract<Creation, { status: 'failed' }>;

/**
 * Adds a user to the organization. The user name's availability is checked when the field is left
 * or on "Check availability", never per keystroke (the server rate-limits it). The temporary
 * password can be generated and shown, so it can be handed over; it lives only in this form. After
 * a failure the form keeps everything typed but the password (like every password field in the
 * portal), and after a success it is emptied, while the new user's temporary password stays shown
 * (with Copy) until the admin dismisses it, even while the next user is typed.
 */
@Component({
  selector: 'mcm-add-user-form',
  imports: [FORM_FIELD_IMPORTS, MatProgressBar, TemporaryPasswordNote],
  templateUrl: './add-user-form.html',
  styleUrl: './add-user-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AddUserForm {
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly availability = input.required<Availability>();
  readonly creation = input.required<Creation>();
  readonly availabilityCheckRequested = output<string>();
  readonly userSubmitted = output<NewUser>();
  readonly cancelled = output<void>();
  /** The user typed again after a user was created: the "created" note has served its purpose. */
  readonly editStarted = output<void>();

  protected readonly userNameMin = USER_NAME_MIN;
  protected readonly userNameMax = USER_NAME_MAX;
  protected readonly personNameMax = PERSON_NAME_MAX;
  protected readonly emailMax = EMAIL_MAX;
  protected readonly showPassword = signal(false);
  /** The user created last and their temporary password, until the admin presses Done. */
  protected readonly handOver = signal<HandOver | null>(null);
  /** What was sent, kept only until the server answers (never logged, never in a store). */
  private sent: HandOver | null = null;
  /** The name the server last said is taken (read by the user-name validator). */
  private takenName: string | null = null;

  protected readonly form = createNewUserForm(inject(NonNullableFormBuilder), () => this.takenName);

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly createdNote = viewChild<ElementRef<HTMLElement>>('createdNote');
  private readonly failureNote = viewChild<ElementRef<HTMLElement>>('failureNote');

  /** What the template needs of the values, never the password itself. */
  private readonly snapshot = toSignal(
    this.form.valueChanges.pipe(map(() => newUserSnapshot(this.form))),
    { initialValue: newUserSnapshot(this.form) },
  );

  protected readonly creating = computed(() => this.creation().status === 'creating');

  /** The availability of the name now in the field (nothing about a name typed before). */
  protected readonly availabilityNote = computed(() => {
    const availability = this.availability();
    if (availability.status === 'idle') return null;
    if (!sameUserName(availability.userName, this.snapshot().userName)) return null;
    return { status: availability.status, text: availabilityText(availability) };
  });

  /** The rules, each marked met as soon as the password satisfies it. */
  protected readonly rules = computed(() => this.snapshot().rules);

  private readonly createdName = computed(() => {
    const creation = this.creation();
    return creation.status === 'created' ? creation.userName : null;
  });

  protected readonly createdText = computed(() => {
    const userName = this.createdName();
    return userName === null ? null : createdMessage(userName);
  });

  protected readonly failureText = computed(() => {
    const creation = this.creation();
    if (creation.status !== 'failed') return null;
    return creationFailedMessage(creation.error, newUserFieldOf(creation.error) !== null);
  });

  constructor() {
    const { userName, temporaryPassword } = this.form.controls;
    userName.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => temporaryPassword.updateValueAndValidity({ emitEvent: false }));

    // A "taken" answer marks the field; a newer answer (or another name) clears it.
    effect(() => {
      const availability = this.availability();
      untracked(() => {
        this.takenName = availability.status === 'taken' ? availability.userName : null;
        userName.updateValueAndValidity({ emitEvent: false });
        if (availability.status === 'taken') userName.markAsTouched();
        this.changeDetector.markForCheck();
      });
    });

    effect(() => {
      const creation = this.creation();
      untracked(() => {
        if (creation.status === 'created') this.created();
        if (creation.status === 'failed') this.failed(creation);
      });
    });
  }

  protected passwordError(broken: readonly TemporaryPasswordRuleId[]): string | null {
    return temporaryPasswordError(broken);
  }

  /** On leaving the field (quietly) or on the button (showing why a name cannot be checked). */
  protected checkAvailability(explicit: boolean): void {
    const control = this.form.controls.userName;
    if (userNameValidator(control) !== null) {
      if (explicit) {
        control.markAsTouched();
        this.focus('userName');
      }
      return;
    }
    this.availabilityCheckRequested.emit(control.value.trim());
  }

  /** A DOM `input` event: typing, never the form's own reset or a generated password. */
  protected noteEdit(): void {
    if (this.creation().status === 'created') this.editStarted.emit();
  }

  protected togglePassword(): void {
    this.showPassword.update((shown) => !shown);
  }

  /** Fills in a strong random password, shown so it can be noted, and moves focus to it. */
  protected generatePassword(): void {
    const control = this.form.controls.temporaryPassword;
    control.setValue(generateTemporaryPassword(this.form.controls.userName.value));
    control.markAsTouched();
    this.showPassword.set(true);
    this.focus('temporaryPassword');
  }

  protected addUser(): void {
    if (this.creating()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      const first = Object.values(NEW_USER_FIELDS).find(
        (field) => this.form.controls[field].invalid,
      );
      if (first) this.focus(first);
      return;
    }
    const user = this.form.getRawValue();
    this.sent = { userName: user.userName, temporaryPassword: user.temporaryPassword };
    this.userSubmitted.emit(user);
  }

  /** Done: the temporary password is forgotten; focus goes back to the first field. */
  protected dismissHandOver(): void {
    this.handOver.set(null);
    this.focus('userName');
  }

  private focus(field: NewUserField): void {
    this.host.nativeElement.querySelector<HTMLElement>(`[formcontrolname="${field}"]`)?.focus();
  }

  /** Everything typed is cleared (the temporary password first of all), the hand-over shown. */
  private created(): void {
    const sent = this.sent;
    this.sent = null;
    if (sent) this.handOver.set({ ...sent, userName: this.createdName() ?? sent.userName });
    this.formDirective().resetForm();
    this.showPassword.set(false);
    this.changeDetector.markForCheck();
    afterNextRender(() => this.createdNote()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /**
   * The temporary password is cleared; the server's field error goes on its field, which gets
   * focus; the rest stays as typed.
   */
  private failed(creation: FailedCreation): void {
    const { error } = creation;
    this.sent = null;
    const password = this.form.controls.temporaryPassword;
    password.reset('');
    this.showPassword.set(false);
    const field = applyServerError(this.form, error, NEW_USER_FIELDS);
    this.changeDetector.markForCheck();
    afterNextRender(() => (field ? this.focus(field) : this.failureNote()?.nativeElement.focus()), {
      injector: this.injector,
    });
  }

  /** Something typed and not created yet (a created user empties the form). */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }
}
