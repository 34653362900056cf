import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { CLOCK } from '../../clock';
import { RUNTIME_CONFIG_PROBLEM } from '../../config/runtime-config';
import { LoginPageActions } from '../state/auth.actions';
import { authFeature } from '../state/auth.feature';
import { formatCountdown, signInErrorMessage, signOutMessage } from './login-messages';

@Component({
  selector: 'mcm-login-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(Store);
  private readonly now = inject(CLOCK);

  /** Recorded by the guard that sent the user here; checked again before it is followed. */
  readonly returnUrl = input<string | undefined>();

  protected readonly configProblem = inject(RUNTIME_CONFIG_PROBLEM);
  protected readonly signingIn = this.store.selectSignal(authFeature.selectSigningIn);
  private readonly signInError = this.store.selectSignal(authFeature.selectSignInError);
  private readonly signOutReason = this.store.selectSignal(authFeature.selectSignOutReason);

  protected readonly form = inject(NonNullableFormBuilder).group({
    userName: ['', [Validators.required, Validators.maxLength(128)]],
    password: ['', [Validators.required, Validators.maxLength(256)]],
  });

  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly lockedUntil = signal<number | null>(null);
  private readonly tick = signal(0);

  protected readonly errorMessage = computed(() => {
    const error = this.signInError();
    return error ? signInErrorMessage(error) : null;
  });
  protected readonly lockCountdown = computed(() => {
    this.tick();
    const until = this.lockedUntil();
    if (until === null) return null;
    const seconds = (until - this.now()) / 1000;
    return seconds > 0 ? formatCountdown(seconds) : null;
  });
  protected readonly infoMessage = computed(() => {
    const reason = this.signOutReason();
    return reason && !this.signInError() ? signOutMessage(reason) : null;
  });

  constructor() {
    const timer = setInterval(() => {
      if (this.lockedUntil() !== null) this.tick.update((n) => n + 1);
    }, 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));

    // A failed sign-in never keeps the password; the user name stays as typed.
    effect(() => {
      const error = this.signInError();
      if (!error) return;
      this.form.controls.password.reset();
      this.lockedUntil.set(
        error.kind === 'locked' ? this.now() + error.retryAfterSeconds * 1000 : null,
      );
      if (error.kind === 'invalid-credentials') this.passwordInput().nativeElement.focus();
    });
  }

  protected signIn(): void {
    if (this.signingIn()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { userName, password } = this.form.getRawValue();
    this.store.dispatch(
      LoginPageActions.signInSubmitted({
        credentials: { userName: userName.trim(), password },
        returnUrl: this.returnUrl() ?? null,
      }),
    );
  }
}
