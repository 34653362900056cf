import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { signedInState } from '../../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { authFeature } from '../../../core/auth/state/auth.feature';
import {
  ChangeEmailPageActions,
  ChangePasswordPageActions,
  SecurityQuestionsPageActions,
  TermsPageActions,
} from './first-login.actions';
import * as firstLoginEffects from './first-login.effects';
import { firstLoginFeature, initialFirstLoginState } from './first-login.feature';

@Component({
  selector: 'mcm-blank-stub',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Blank {}

const USERS = 'https://api.example.com/WSAPI/Users';
const PENDING = {
  changeEmailRequired: true,
  changePasswordRequired: true,
  changeSecurityQuestionsRequired: false,
  acceptTermsAndConditionsRequired: true,
};
const flagsDto = (flags: Partial<typeof PENDING>) => {
  const all = { ...PENDING, ...flags };
  return {
    account_flags: {
      change_email_required: all.changeEmailRequired,
      change_password_required: all.changePasswordRequired,
      change_security_questions_required: all.changeSecurityQuestionsRequired,
      accept_terms_and_conditions_required: all.acceptTermsAndConditionsRequired,
    },
  };
};

describe('first-login effects', () => {
  let store: Store;
  let backend: HttpTestingController;
  let navigateByUrl: jasmine.Spy<Router['navigateByUrl']>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideWsapiTesting(),
        provideStore(
          {
            [authFeature.name]: authFeature.reducer,
            [firstLoginFeature.name]: firstLoginFeature.reducer,
          },
          {
            initialState: {
              auth: signedInState({ user: { accountFlags: PENDING } }),
              firstLogin: initialFirstLoginState,
            },
          },
        ),
        provideEffects(firstLoginEffects),
      ],
    });
    store = TestBed.inject(Store);
    backend = TestBed.inject(HttpTestingController);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/first-login/password?returnUrl=%2Ftransactions%3Fpage%3D2');
    navigateByUrl = spyOn(router, 'navigateByUrl').and.resolveTo(true);
  });

  afterEach(() => backend.verify());

  const user = () => store.selectSignal(authFeature.selectUser)()!;
  const firstLogin = () => store.selectSignal(firstLoginFeature.selectFirstLoginState)();
  const navigatedTo = () => {
    const [url, extras] = navigateByUrl.calls.mostRecent().args;
    return { url: (url as UrlTree).toString(), extras };
  };

  it('a changed password clears its flag and goes on to /first-login, keeping returnUrl', () => {
    store.dispatch(
      ChangePasswordPageActions.submitted({ password: { current: 'old', next: 'Brand-new-2026' } }),
    );
    expect(firstLogin().submitting).toBeTrue();
    const put = backend.expectOne({ method: 'PUT', url: `${USERS}/Password` });
    expect(put.request.body).toEqual({ current_password: 'old', new_password: 'Brand-new-2026' });
    put.flush(flagsDto({ changePasswordRequired: false }));

    expect(user().accountFlags).toEqual({ ...PENDING, changePasswordRequired: false });
    expect(firstLogin().submitting).toBeFalse();
    expect(navigatedTo()).toEqual({
      url: '/first-login?returnUrl=%2Ftransactions%3Fpage%3D2',
      extras: { replaceUrl: true },
    });
  });

  it('goes to plain /first-login when there was no returnUrl', async () => {
    navigateByUrl.and.callThrough();
    await TestBed.inject(Router).navigateByUrl('/first-login/terms');
    navigateByUrl.and.resolveTo(true);
    store.dispatch(TermsPageActions.accepted({ version: '2026-01' }));
    backend
      .expectOne({ method: 'PUT', url: `${USERS}/Terms` })
      .flush(flagsDto({ acceptTermsAndConditionsRequired: false }));
    expect(navigatedTo().url).toBe('/first-login');
  });

  it('a wrong current password: a field error in state, flags unchanged, no navigation', () => {
    store.dispatch(
      ChangePasswordPageActions.submitted({
        password: { current: 'wrong', next: 'Brand-new-2026' },
      }),
    );
    backend.expectOne(`${USERS}/Password`).flush(
      {
        error: {
          code: 'invalid_request',
          message: 'The current password is incorrect.',
          field: 'current_password',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(firstLogin().error).toEqual({
      kind: 'invalid-request',
      code: 'invalid_request',
      field: 'current_password',
      message: 'The current password is incorrect.',
    });
    expect(firstLogin().submitting).toBeFalse();
    expect(user().accountFlags).toEqual(PENDING);
    expect(navigateByUrl).not.toHaveBeenCalled();
  });

  it('too many wrong current passwords: locked, with the server’s Retry-After', () => {
    store.dispatch(
      ChangePasswordPageActions.submitted({
        password: { current: 'wrong', next: 'Brand-new-2026' },
      }),
    );
    backend
      .expectOne(`${USERS}/Password`)
      .flush(
        { error: { code: 'account_locked', message: 'Locked.' } },
        { status: 423, statusText: 'Locked', headers: { 'Retry-After': '120' } },
      );
    expect(firstLogin().error).toEqual({ kind: 'locked', retryAfterSeconds: 120 });
  });

  it('loads the terms and accepts the version it was shown', () => {
    store.dispatch(TermsPageActions.opened());
    expect(firstLogin().loading).toBeTrue();
    backend
      .expectOne({ method: 'GET', url: `${USERS}/Terms` })
      .flush({ version: '2026-01', title: 'Terms', text: 'One.\n\nTwo.' });
    expect(firstLogin().terms).toEqual({
      version: '2026-01',
      title: 'Terms',
      text: 'One.\n\nTwo.',
    });

    store.dispatch(TermsPageActions.accepted({ version: '2026-01' }));
    const put = backend.expectOne({ method: 'PUT', url: `${USERS}/Terms` });
    expect(put.request.body).toEqual({ accepted_version: '2026-01' });
    put.flush(flagsDto({ acceptTermsAndConditionsRequired: false }));
    expect(user().accountFlags.acceptTermsAndConditionsRequired).toBeFalse();
  });

  it('a terms load that cannot reach the server is a network error', () => {
    store.dispatch(TermsPageActions.opened());
    backend.expectOne(`${USERS}/Terms`).error(new ProgressEvent('error'));
    expect(firstLogin().error).toEqual({ kind: 'network' });
    expect(firstLogin().loading).toBeFalse();
  });

  it('a changed email updates the profile’s address and flags', () => {
    store.dispatch(ChangeEmailPageActions.submitted({ primaryEmail: 'new@example.com' }));
    const put = backend.expectOne({ method: 'PUT', url: `${USERS}/Email` });
    expect(put.request.body).toEqual({ primary_email: 'new@example.com' });
    put.flush({ ...flagsDto({ changeEmailRequired: false }), primary_email: 'new@example.com' });
    expect(user().primaryEmail).toBe('new@example.com');
    expect(user().accountFlags.changeEmailRequired).toBeFalse();
  });

  it('saves two questions with their answers', () => {
    store.dispatch(SecurityQuestionsPageActions.opened());
    backend.expectOne({ method: 'GET', url: `${USERS}/SecurityQuestions` }).flush({
      questions: [
        { id: '13', question: 'Friend?' },
        { id: '15', question: 'School?' },
      ],
      selected: [],
    });
    expect(firstLogin().questions?.questions.length).toBe(2);

    store.dispatch(
      SecurityQuestionsPageActions.submitted({
        answers: [
          { id: '13', answer: 'Ann' },
          { id: '15', answer: 'Elm' },
        ],
      }),
    );
    const put = backend.expectOne({ method: 'PUT', url: `${USERS}/SecurityQuestions` });
    expect(put.request.body).toEqual({
      security_questions: [
        { id: '13', answer: 'Ann' },
        { id: '15', answer: 'Elm' },
      ],
    });
    put.flush(flagsDto({}));
    expect(navigateByUrl).toHaveBeenCalledTimes(1);
  });

  it('ignores a second submit while the first is on its way', () => {
    const submit = () =>
      store.dispatch(ChangeEmailPageActions.submitted({ primaryEmail: 'new@example.com' }));
    submit();
    submit();
    const requests = backend.match(`${USERS}/Email`);
    expect(requests.length).toBe(1);
    requests[0].flush({ ...flagsDto({}), primary_email: 'new@example.com' });
    expect(navigateByUrl).toHaveBeenCalledTimes(1);
  });
});
