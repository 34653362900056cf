import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { NavigationEnd, PRIMARY_OUTLET, Router, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map } from 'rxjs';
import { FIRST_LOGIN_STEPS, FirstLoginStep } from '../../../core/auth/first-login-steps';
import { FirstLoginPageActions } from '../../../core/auth/state/auth.actions';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { FirstLoginFlow } from './first-login-flow';

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

  private readonly flow = inject(FirstLoginFlow);

  private readonly pending = this.store.selectSignal(authFeature.selectPendingFirstLoginSteps);
  private readonly userName = computed(
    () => this.store.selectSignal(authFeature.selectAccount)()?.user.userName ?? '',
  );

  /**
   * The steps of the flow: pending now or since it started, in this visit or (resumed) an
   * earlier one in this tab. Done steps stay, so the count holds the whole flow.
   */
  private readonly flowSteps = linkedSignal<readonly FirstLoginStep[], readonly FirstLoginStep[]>({
    source: this.pending,
    computation: (pending, previous) => {
      const before = previous?.value ?? this.flow.read(untracked(this.userName));
      return FIRST_LOGIN_STEPS.filter((step) => pending.includes(step) || before.includes(step));
    },
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
    const steps = this.flowSteps();
    const index = step ? steps.indexOf(step) : -1;
    return index < 0 ? null : { number: index + 1, total: steps.length };
  });

  constructor() {
    effect(() => {
      const steps = this.flowSteps();
      const done = this.pending().length === 0;
      const userName = this.userName();
      // Signed out (the account gone) is not done: signing in again resumes the flow.
      if (userName) untracked(() => this.flow.keep(userName, steps, done));
    });
  }

  protected signOut(): void {
    this.store.dispatch(FirstLoginPageActions.signOutClicked());
  }

  private stepOf(url: string): FirstLoginStep | null {
    const segments = this.router.parseUrl(url).root.children[PRIMARY_OUTLET]?.segments ?? [];
    const last = segments.at(-1)?.path;
    return isStep(last) ? last : null;
  }
}
