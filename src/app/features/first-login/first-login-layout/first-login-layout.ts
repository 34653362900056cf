import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { NavigationEnd, PRIMARY_OUTLET, Router, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map } from 'rxjs';
import { FIRST_LOGIN_STEPS, FirstLoginStep } from '../../../core/auth/first-login-steps';
import { FirstLoginPageActions } from '../../../core/auth/state/auth.actions';
import { authFeature } from '../../../core/auth/state/auth.feature';

const isStep = (path: string | undefined): path is FirstLoginStep =>
  (FIRST_LOGIN_STEPS as readonly (string | undefined)[]).includes(path);

/** The frame of the forced steps: where the user is in them, and the one way out (sign out). */
@Component({
  selector: 'mcm-first-login-layout',
  imports: [RouterOutlet, MatButton],
  templateUrl: './first-login-layout.html',
  styleUrl: './first-login-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FirstLoginLayout {
  private readonly store = inject(Store);
  private readonly router = inject(Router);

  private readonly pending = this.store.selectSignal(authFeature.selectPendingFirstLoginSteps);

  /** The steps of this visit: pending on arrival or since. Done steps stay, so the count holds. */
  private readonly visitSteps = linkedSignal<readonly FirstLoginStep[], readonly FirstLoginStep[]>({
    source: this.pending,
    computation: (pending, previous) =>
      FIRST_LOGIN_STEPS.filter((step) => pending.includes(step) || previous?.value.includes(step)),
  });

  private readonly currentStep = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.stepOf(this.router.url)),
    ),
    { initialValue: this.stepOf(this.router.url) },
  );

  protected readonly progress = computed(() => {
    const step = this.currentStep();
    const steps = this.visitSteps();
    const index = step ? steps.indexOf(step) : -1;
    return index < 0 ? null : { number: index + 1, total: steps.length };
  });

  protected signOut(): void {
    this.store.dispatch(FirstLoginPageActions.signOutClicked());
  }

  private stepOf(url: string): FirstLoginStep | null {
    const segments = this.router.parseUrl(url).root.children[PRIMARY_OUTLET]?.segments ?? [];
    const last = segments.at(-1)?.path;
    return isStep(last) ? last : null;
  }
}
