import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  EnvironmentInjector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { Store } from '@ngrx/store';
import { Observable } from 'rxjs';
import { CLOCK } from '../../clock';
import { formatCountdown } from '../login-page/login-messages';
import { IdleWarningActions } from '../state/auth.actions';

interface IdleWarningData {
  readonly deadline: number;
}

/** The last minute before an idle sign-out, counting down. Loaded only when it is needed. */
@Component({
  selector: 'mcm-idle-warning-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatButton],
  template: `
    <h2 mat-dialog-title>Are you still there?</h2>
    <mat-dialog-content>
      <p id="idle-warning-text">
        For your security you will be signed out in
        <strong data-testid="idle-countdown">{{ countdown() }}</strong>.
      </p>
      <p class="cdk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="signOut()">Sign out</button>
      <button mat-flat-button type="button" (click)="staySignedIn()" cdkFocusInitial>
        Stay signed in
      </button>
    </mat-dialog-actions>
  `,
  host: { '(keydown.escape)': 'staySignedIn()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IdleWarningDialog {
  private readonly store = inject(Store);
  private readonly now = inject(CLOCK);
  private readonly deadline = inject<IdleWarningData>(MAT_DIALOG_DATA).deadline;
  private readonly remaining = signal(this.secondsLeft());

  protected readonly countdown = computed(() => formatCountdown(this.remaining()));
  /** Screen readers hear the time at a few steps, not every second. */
  protected readonly announcement = computed(() => {
    const seconds = this.remaining();
    const step = [60, 30, 10].find((mark) => seconds <= mark && seconds > mark - 1);
    return step ? `You will be signed out in ${step} seconds.` : '';
  });

  constructor() {
    const timer = setInterval(() => this.remaining.set(this.secondsLeft()), 250);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected staySignedIn(): void {
    this.store.dispatch(IdleWarningActions.staySignedInClicked());
  }

  protected signOut(): void {
    this.store.dispatch(IdleWarningActions.signOutClicked());
  }

  private secondsLeft(): number {
    return Math.max(0, Math.ceil((this.deadline - this.now()) / 1000));
  }
}

/** Opens the warning while subscribed; unsubscribing closes it. */
export function openIdleWarning(
  injector: EnvironmentInjector,
  deadline: number,
): Observable<never> {
  return new Observable<never>(() => {
    const dialog = injector.get(MatDialog);
    const ref = dialog.open(IdleWarningDialog, {
      data: { deadline } satisfies IdleWarningData,
      disableClose: true,
      role: 'alertdialog',
      ariaDescribedBy: 'idle-warning-text',
      autoFocus: 'dialog',
      width: '28rem',
      maxWidth: 'calc(100vw - 2rem)',
    });
    return () => ref.close();
  });
}
