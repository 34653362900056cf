import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { RUNTIME_CONFIG } from '../../core/config/runtime-config';
import { WsapiNotConfiguredError } from '../../core/wsapi/wsapi-endpoint';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { TEST_WSAPI_BASE } from '../../../testing/wsapi-testing';
import { FirstLoginApi } from './first-login-api';

const USERS = `${TEST_WSAPI_BASE}/Users`;

describe('FirstLoginApi', () => {
  let api: FirstLoginApi;
  let backend: HttpTestingController;

  /** The test WSAPI; with `unconfigured`, config.json gave no WSAPI address. */
  function setUp(unconfigured = false): void {
    const noConfig = unconfigured ? [{ provide: RUNTIME_CONFIG, useValue: null }] : [];
    ({ subject: api, backend } = setUpWsapiSpec(FirstLoginApi, noConfig));
  }

  afterEach(() => backend.verify());

  it('maps the answered account flags to the store’s camelCase flags', async () => {
    setUp();
    const result = firstValueFrom(api.acceptTerms('2026-01'));
    const put = backend.expectOne({ method: 'PUT', url: `${USERS}/Terms` });
    expect(put.request.body).toEqual({ accepted_version: '2026-01' });
    put.flush({
      account_flags: {
        change_email_required: true,
        change_password_required: false,
        change_security_questions_required: true,
        accept_terms_and_conditions_required: false,
      },
    });
    expect(await result).toEqual({
      changeEmailRequired: true,
      changePasswordRequired: false,
      changeSecurityQuestionsRequired: true,
      acceptTermsAndConditionsRequired: false,
    });
  });

  it('keeps only ids and questions, even if a server sent answers', async () => {
    setUp();
    const result = firstValueFrom(api.securityQuestions());
    backend.expectOne({ method: 'GET', url: `${USERS}/SecurityQuestions` }).flush({
      questions: [
        { id: '13', question: 'Friend?' },
        { id: 15, question: 'School?' },
      ],
      selected: [{ id: '13', question: 'Friend?', answer: 'leaked' }],
    });
    const choices = await result;
    expect(choices).toEqual({
      questions: [
        { id: '13', question: 'Friend?' },
        { id: '15', question: 'School?' },
      ],
      selected: [{ id: '13', question: 'Friend?' }],
    });
    expect(JSON.stringify(choices)).not.toContain('leaked');
  });

  it('sends the vendor’s field names', () => {
    setUp();
    api.changePassword({ current: 'old', next: 'new' }).subscribe();
    api.changeEmail('me@example.com').subscribe();
    api
      .changeSecurityQuestions([
        { id: '1', answer: 'aa' },
        { id: '2', answer: 'bb' },
      ])
      .subscribe();
    expect(backend.expectOne(`${USERS}/Password`).request.body).toEqual({
      current_password: 'old',
      new_password: 'new',
    });
    expect(backend.expectOne(`${USERS}/Email`).request.body).toEqual({
      primary_email: 'me@example.com',
    });
    expect(backend.expectOne(`${USERS}/SecurityQuestions`).request.body).toEqual({
      security_questions: [
        { id: '1', answer: 'aa' },
        { id: '2', answer: 'bb' },
      ],
    });
  });

  it('fails as an Observable (not a throw) when the WSAPI is not configured', async () => {
    setUp(true);
    await expectAsync(firstValueFrom(api.terms())).toBeRejectedWithError(WsapiNotConfiguredError);
  });
});
