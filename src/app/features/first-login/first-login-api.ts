import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { AccountFlags } from '../../core/auth/session.model';
import { flag, idText, records, text } from '../../core/wsapi/dto-readers';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import {
  EmailChanged,
  PasswordChange,
  SecurityAnswer,
  SecurityQuestion,
  SecurityQuestionChoices,
  Terms,
} from './first-login.model';

// The vendor's JSON for the /Users resources, as sent (snake_case, loose types).
interface AccountFlagsResponseDto {
  account_flags?: Partial<Record<string, unknown>>;
}
interface EmailResponseDto extends AccountFlagsResponseDto {
  primary_email?: unknown;
}
interface TermsDto {
  version?: unknown;
  title?: unknown;
  text?: unknown;
}
interface SecurityQuestionsDto {
  questions?: unknown;
  selected?: unknown;
}

export const USERS_TERMS_RESOURCE = '/Users/Terms';
export const USERS_PASSWORD_RESOURCE = '/Users/Password';
export const USERS_EMAIL_RESOURCE = '/Users/Email';
export const USERS_SECURITY_QUESTIONS_RESOURCE = '/Users/SecurityQuestions';

/**
 * The WSAPI's `/Users` resources behind the forced first-login steps. The interceptors add the
 * Roam headers and the session token; failures reach the caller as HTTP errors for `toWsapiError`.
 */
@Injectable({ providedIn: 'root' })
export class FirstLoginApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  terms(): Observable<Terms> {
    return defer(() => this.http.get<TermsDto>(this.url(USERS_TERMS_RESOURCE))).pipe(
      map((dto) => ({
        version: text(dto?.version),
        title: text(dto?.title),
        text: text(dto?.text),
      })),
    );
  }

  acceptTerms(version: string): Observable<AccountFlags> {
    return defer(() =>
      this.http.put<AccountFlagsResponseDto>(this.url(USERS_TERMS_RESOURCE), {
        accepted_version: version,
      }),
    ).pipe(map(toAccountFlags));
  }

  changePassword({ current, next }: PasswordChange): Observable<AccountFlags> {
    return defer(() =>
      this.http.put<AccountFlagsResponseDto>(this.url(USERS_PASSWORD_RESOURCE), {
        current_password: current,
        new_password: next,
      }),
    ).pipe(map(toAccountFlags));
  }

  changeEmail(primaryEmail: string): Observable<EmailChanged> {
    return defer(() =>
      this.http.put<EmailResponseDto>(this.url(USERS_EMAIL_RESOURCE), {
        primary_email: primaryEmail,
      }),
    ).pipe(
      map((dto) => ({
        accountFlags: toAccountFlags(dto),
        primaryEmail: text(dto?.primary_email) || primaryEmail,
      })),
    );
  }

  securityQuestions(): Observable<SecurityQuestionChoices> {
    return defer(() =>
      this.http.get<SecurityQuestionsDto>(this.url(USERS_SECURITY_QUESTIONS_RESOURCE)),
    ).pipe(
      map((dto) => ({
        questions: toQuestions(dto?.questions),
        selected: toQuestions(dto?.selected),
      })),
    );
  }

  changeSecurityQuestions(answers: readonly SecurityAnswer[]): Observable<AccountFlags> {
    return defer(() =>
      this.http.put<AccountFlagsResponseDto>(this.url(USERS_SECURITY_QUESTIONS_RESOURCE), {
        security_questions: answers.map(({ id, answer }) => ({ id, answer })),
      }),
    ).pipe(map(toAccountFlags));
  }
}

function toAccountFlags(dto: AccountFlagsResponseDto | null): AccountFlags {
  const flags = dto?.account_flags;
  return {
    changeEmailRequired: flag(flags?.['change_email_required']),
    changePasswordRequired: flag(flags?.['change_password_required']),
    changeSecurityQuestionsRequired: flag(flags?.['change_security_questions_required']),
    acceptTermsAndConditionsRequired: flag(flags?.['accept_terms_and_conditions_required']),
  };
}

/** Only `id` and `question` are kept, whatever else an item carries. */
function toQuestions(value: unknown): SecurityQuestion[] {
  return records(value)
    .map((item) => ({ id: idText(item['id']), question: text(item['question']) }))
    .filter((item) => item.id !== '' && item.question !== '');
}
