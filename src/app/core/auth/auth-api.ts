import { HttpClient, HttpHeaders, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map, timeout } from 'rxjs';
import { CLOCK } from '../clock';
import { ROAM_TOKEN_HEADER } from '../wsapi/roam-headers-interceptor';
import { injectWsapiUrl } from '../wsapi/wsapi-endpoint';
import { ConfigurationDto, LoginResponseDto, RefreshResponseDto } from '../wsapi/wsapi.dto';
import { Configuration } from './configuration';
import { AUTHENTICATION_RESOURCE } from '../wsapi/wsapi-url';
import { Credentials } from './state/auth.actions';
import { Account, Session, SignedIn, applyRefresh, toSession, toSignedIn } from './session.model';

/** The WSAPI's Authentication resource: sign in (POST), refresh (PUT), sign out (DELETE). */
/** No spinner spins forever: past these, the call fails with a `timeout` error the UI explains. */
export const SIGN_IN_TIMEOUT_MS = 30_000;
/** [sandbox design] A read of the signed-in user's configuration, made after each refresh. */
export const CONFIGURATION_RESOURCE = '/Users/Configuration';
export const REFRESH_TIMEOUT_MS = 15_000;

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly now = inject(CLOCK);
  private readonly url = injectWsapiUrl();

  signIn({ userName, password }: Credentials): Observable<SignedIn> {
    return defer(() =>
      this.http.post<LoginResponseDto>(
        this.url(AUTHENTICATION_RESOURCE),
        { user_name: userName, password },
        { observe: 'response' },
      ),
    ).pipe(
      timeout(SIGN_IN_TIMEOUT_MS),
      map((response) => toSignedIn(this.body(response), this.now(), serverDate(response))),
    );
  }

  /** Refreshes the session whose token is given; the rest of the account comes from `account`. */
  refresh(token: string, account: Account): Observable<{ session: Session; account: Account }> {
    return defer(() =>
      this.http.put<RefreshResponseDto>(this.url(AUTHENTICATION_RESOURCE), null, {
        headers: new HttpHeaders({ [ROAM_TOKEN_HEADER]: token }),
        observe: 'response',
      }),
    ).pipe(
      timeout(REFRESH_TIMEOUT_MS),
      map((response) => {
        const body = this.body(response);
        return {
          session: toSession(body.session, this.now(), serverDate(response)),
          account: applyRefresh(account, body),
        };
      }),
    );
  }

  /** The signed-in user's current configuration (it can change during a session). */
  configuration(): Observable<Configuration> {
    return defer(() =>
      this.http.get<{ configuration: ConfigurationDto }>(this.url(CONFIGURATION_RESOURCE)),
    ).pipe(map((body) => ({ ...(body?.configuration ?? {}) })));
  }

  signOut(token: string): Observable<unknown> {
    return defer(() =>
      this.http.delete(this.url(AUTHENTICATION_RESOURCE), {
        headers: new HttpHeaders({ [ROAM_TOKEN_HEADER]: token }),
        responseType: 'text',
      }),
    );
  }

  private body<T>(response: HttpResponse<T>): T {
    if (response.body === null) throw new Error('Empty response from the WSAPI');
    return response.body;
  }
}

function serverDate(response: HttpResponse<unknown>): number | null {
  const value = response.headers.get('Date');
  const instant = value ? Date.parse(value) : NaN;
  return Number.isFinite(instant) ? instant : null;
}
