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
  untracked,
  viewChild,
} from '@angular/core';
import { Store } from '@ngrx/store';
import { CLOCK } from '../../clock';
import { RUNTIME_CONFIG_PROBLEM } from '../../config/runtime-config';
import { LoginPageActions } from '../state/auth.actions';
import { authFeature } from '../state/auth.feature';
import { formatCountdown, retryAtFor, signInErrorMessage, signOutMessage } from './login-messages';
import { PREFETCH_SIGNED_IN_AREA } from './prefetch-signed-in-area';

export const MAX_USER_NAME = 128;
export const MAX_PASSWORD = 256;

/**
 * The sign-in page. Deliberately light (plain inputs styled with the Material 3 theme's tokens,
 * signals instead of @angular/forms): it is the one page every user waits for cold.
 */
@Component({
  selector: 'mcm-login-page',
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly store = inject(Store);
  private readonly now = inject(CLOCK);
  private readonly prefetchSignedInArea = inject(PREFETCH_SIGNED_IN_AREA);

  /** Recorded by the guard that sent the user here; checked again before it is followed. */
  readonly returnUrl = input<string | undefined>();

  protected readonly configProblem = inject(RUNTIME_CONFIG_PROBLEM);
  protected readonly signingIn = this.store.selectSignal(authFeature.selectSigningIn);
  private readonly signInError = this.store.selectSignal(authFeature.selectSignInError);
  private readonly signOutReason = this.store.selectSignal(authFeature.selectSignOutReason);

  protected readonly userName = signal('');
  protected readonly password = signal('');
  /** Field errors show once the user leaves a field or tries to submit. */
  protected readonly userNameTouched = signal(false);
  protected readonly passwordTouched = signal(false);

  private readonly userNameInput =
    viewChild.required<ElementRef<HTMLInputElement>>('userNameInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  /** Until when a lock or a 429 asks the user to wait (the countdown), epoch ms. */
  private readonly retryAt = signal<number | null>(null);
  private readonly tick = signal(0);

  private readonly userNameProblem = computed(() => {
    const value = this.userName();
    if (value.trim() === '') return 'Enter your user name.';
    if (value.length > MAX_USER_NAME) return `A user name has at most ${MAX_USER_NAME} characters.`;
    return null;
  });
  private readonly passwordProblem = computed(() => {
    const value = this.password();
    if (value === '') return 'Enter your password.';
    if (value.length > MAX_PASSWORD) return `A password has at most ${MAX_PASSWORD} characters.`;
    return null;
  });
  protected readonly userNameError = computed(() =>
    this.userNameTouched() ? this.userNameProblem() : null,
  );
  protected readonly passwordError = computed(() =>
    this.passwordTouched() ? this.passwordProblem() : null,
  );

  protected readonly errorMessage = computed(() => {
    const error = this.signInError();
    return error ? signInErrorMessage(error) : null;
  });
  protected readonly lockCountdown = computed(() => {
    this.tick();
    const until = this.retryAt();
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
      if (this.retryAt() !== null) this.tick.update((n) => n + 1);
    }, 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));

    // A failed sign-in never keeps the password; the user name stays as typed.
    effect(() => {
      const error = this.signInError();
      if (!error) return;
      untracked(() => {
        this.password.set('');
        // Also the element itself: its binding may not have seen the typed value yet.
        this.passwordInput().nativeElement.value = '';
        this.passwordTouched.set(false);
        this.retryAt.set(retryAtFor(error, this.now()));
        if (error.kind === 'invalid-credentials') this.passwordInput().nativeElement.focus();
      });
    });
  }

  protected typeUserName(event: Event): void {
    this.userName.set((event.target as HTMLInputElement).value);
  }

  protected typePassword(event: Event): void {
    this.password.set((event.target as HTMLInputElement).value);
  }

  /** The user is about to sign in: fetch the signed-in area's code now, not after the click. */
  protected prepareSignedInArea(): void {
    this.prefetchSignedInArea();
  }

  protected signIn(event: Event): void {
    event.preventDefault();
    if (this.signingIn()) return;
    this.userNameTouched.set(true);
    this.passwordTouched.set(true);
    if (this.userNameProblem()) {
      this.userNameInput().nativeElement.focus();
      return;
    }
    if (this.passwordProblem()) {
      this.passwordInput().nativeElement.focus();
      return;
    }
    this.store.dispatch(
      LoginPageActions.signInSubmitted({
        credentials: { userName: this.userName().trim(), password: this.password() },
        returnUrl: this.returnUrl() ?? null,
      }),
    );
  }
}
