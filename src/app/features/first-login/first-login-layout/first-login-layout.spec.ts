import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { pendingSteps, signedInState } from '../../../../testing/auth-presets';
import { FirstLoginPageActions } from '../../../core/auth/state/auth.actions';
import { FirstLoginLayout } from './first-login-layout';

@Component({
  selector: 'mcm-step-page-stub',
  template: '<h1>Step page</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StepPage {}

describe('FirstLoginLayout', () => {
  let harness: RouterTestingHarness;
  let store: MockStore;

  afterEach(() => sessionStorage.removeItem('mcm.first-login-flow'));

  beforeEach(async () => {
    sessionStorage.removeItem('mcm.first-login-flow');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'elsewhere', component: StepPage },
          {
            path: 'first-login',
            component: FirstLoginLayout,
            children: ['password', 'terms', 'email'].map((path) => ({
              path,
              component: StepPage,
            })),
          },
        ]),
        provideMockStore({
          initialState: {
            auth: signedInState({
              user: {
                accountFlags: pendingSteps({
                  changePasswordRequired: true,
                  changeEmailRequired: true,
                }),
              },
            }),
          },
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    harness = await RouterTestingHarness.create();
  });

  const page = () => harness.routeNativeElement!.ownerDocument.body;
  const progress = () =>
    page().querySelector('[data-testid="step-progress"]')?.textContent?.trim() ?? null;

  /** The password step is done (only the email step is pending now) and the user goes on. */
  async function passwordStepThenEmailStep(): Promise<void> {
    await harness.navigateByUrl('/first-login/password');
    expect(progress()).toBe('Step 1 of 2');
    store.setState({
      auth: signedInState({ user: { accountFlags: pendingSteps({ changeEmailRequired: true }) } }),
    });
    await harness.navigateByUrl('/first-login/email');
  }

  it('names the product, shows the step page and where the user is among the pending steps', async () => {
    await harness.navigateByUrl('/first-login/email?returnUrl=%2Ftransactions');
    expect(page().textContent).toContain('MCM Portal');
    expect(page().querySelector('h1')?.textContent).toBe('Step page');
    expect(progress()).toBe('Step 2 of 2');
  });

  it('keeps counting a step the user has already done', async () => {
    await passwordStepThenEmailStep();
    expect(progress()).toBe('Step 2 of 2');
  });

  it('still counts the done steps when the flow is resumed (a reload, signing in again)', async () => {
    await passwordStepThenEmailStep();
    // The layout ends (a reload, a sign-out) and comes back: only the email step is pending now.
    await harness.navigateByUrl('/elsewhere');
    await harness.navigateByUrl('/first-login/email');
    expect(progress()).toBe('Step 2 of 2');
  });

  it('does not lend one user the steps of another', async () => {
    await harness.navigateByUrl('/first-login/password');
    await harness.navigateByUrl('/elsewhere');
    store.setState({
      auth: signedInState({
        user: {
          userName: 'someone-else',
          accountFlags: pendingSteps({ changeEmailRequired: true }),
        },
      }),
    });
    await harness.navigateByUrl('/first-login/email');
    expect(progress()).toBe('Step 1 of 1');
  });

  it('signs out from any step', async () => {
    await harness.navigateByUrl('/first-login/password');
    const dispatch = spyOn(store, 'dispatch');
    page().querySelector<HTMLButtonElement>('[data-testid="sign-out"]')!.click();
    expect(dispatch).toHaveBeenCalledOnceWith(FirstLoginPageActions.signOutClicked());
  });
});
