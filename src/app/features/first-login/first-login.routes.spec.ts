import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { pendingSteps, signedInState } from '../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../testing/wsapi-testing';
import { requireSignedIn } from '../../core/access/session-guards';
import { AccountFlags } from '../../core/auth/session.model';
import { authFeature } from '../../core/auth/state/auth.feature';
import { FIRST_LOGIN_ROUTES } from './first-login.routes';
import { TermsPageActions } from './state/first-login.actions';

@Component({
  selector: 'mcm-elsewhere-stub',
  template: '<h1>Elsewhere</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Elsewhere {}

describe('FIRST_LOGIN_ROUTES', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let backend: HttpTestingController;

  async function setUp(accountFlags: AccountFlags): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        // Mounted as the lead will in app.routes.ts.
        provideRouter([
          { path: 'first-login', canMatch: [requireSignedIn], children: FIRST_LOGIN_ROUTES },
          { path: '**', component: Elsewhere },
        ]),
        provideWsapiTesting(),
        provideStore(
          { [authFeature.name]: authFeature.reducer },
          { initialState: { auth: signedInState({ user: { accountFlags } }) } },
        ),
        provideEffects(),
      ],
    });
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  }

  afterEach(() => backend.verify());

  const heading = () => harness.routeNativeElement?.ownerDocument.querySelector('h1')?.textContent;

  it('sends /first-login to the first pending step, keeping returnUrl', async () => {
    await setUp(
      pendingSteps({ changePasswordRequired: true, acceptTermsAndConditionsRequired: true }),
    );
    await harness.navigateByUrl('/first-login?returnUrl=%2Ftransactions');
    expect(router.url).toBe('/first-login/password?returnUrl=%2Ftransactions');
    expect(heading()).toBe('Change your password');
    expect(document.title).toBe('Change your password · MCM Portal');
  });

  it('opens a pending step but not one that is done', async () => {
    await setUp(pendingSteps({ changeEmailRequired: true }));
    await harness.navigateByUrl('/first-login/password?returnUrl=%2Freports');
    expect(router.url).toBe('/first-login/email?returnUrl=%2Freports');
    expect(heading()).toBe('Confirm your email address');
  });

  it('with nothing pending, goes where the user was going', async () => {
    await setUp(pendingSteps({}));
    await harness.navigateByUrl('/first-login?returnUrl=%2Freports');
    expect(router.url).toBe('/reports');
    expect(heading()).toBe('Elsewhere');
  });

  it('after the last step, continues to returnUrl', async () => {
    await setUp(pendingSteps({ acceptTermsAndConditionsRequired: true }));
    await harness.navigateByUrl('/first-login/terms?returnUrl=%2Freports');
    backend
      .expectOne('https://api.example.com/WSAPI/Users/Terms')
      .flush({ version: '2026-01', title: 'Terms', text: 'Be nice.' });
    TestBed.inject(Store).dispatch(TermsPageActions.accepted({ version: '2026-01' }));
    backend.expectOne({ method: 'PUT', url: 'https://api.example.com/WSAPI/Users/Terms' }).flush({
      account_flags: {
        change_email_required: false,
        change_password_required: false,
        change_security_questions_required: false,
        accept_terms_and_conditions_required: false,
      },
    });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/reports');
  });
});
