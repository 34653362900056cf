import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { injectWsapiUrl } from '../../../core/wsapi/wsapi-endpoint';
import { DtoRecord, count, flag, idText, record, text } from '../../../core/wsapi/dto-readers';
import { toPage } from '../admin-dto';
import { Page } from '../admin.model';
import { organizationUrl } from '../organizations-api';
import { NewUser, OrganizationUser } from './users.model';

export const AVAILABILITY_RESOURCE = '/Users/Availability';

export interface UsersRequest {
  readonly organizationId: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface SessionsEnded {
  readonly user: OrganizationUser;
  readonly sessionsEnded: number;
}

const ACTION_SUFFIXES = { lock: '/Lock', unlock: '/Unlock', 'end-sessions': '/EndSessions' };

/**
 * The WSAPI's `/Organizations/{id}/Users` (list, create, lock, unlock, end sessions) and
 * `/Users/Availability`. The interceptors add the Roam headers and the token and retry reads (never
 * these POSTs); failures reach the caller as HTTP errors for `toAdminError`.
 */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  list(request: UsersRequest): Observable<Page<OrganizationUser>> {
    const params = new HttpParams().set('page', request.page).set('page_size', request.pageSize);
    return defer(() =>
      this.http.get<unknown>(this.usersUrl(request.organizationId), { params }),
    ).pipe(map((dto) => toPage(dto, 'users', toOrganizationUser, request)));
  }

  /** Creates the user (who must change the temporary password at first sign-in). */
  create(organizationId: string, user: NewUser): Observable<OrganizationUser> {
    const body = {
      user_name: user.userName.trim(),
      temporary_password: user.temporaryPassword,
      first_name: user.firstName.trim(),
      last_name: user.lastName.trim(),
      primary_email: user.primaryEmail.trim(),
    };
    return defer(() => this.http.post<unknown>(this.usersUrl(organizationId), body)).pipe(
      map(userOf),
    );
  }

  /** Locks the user out; the server also ends their sessions. */
  lock(organizationId: string, userId: string): Observable<OrganizationUser> {
    return this.act(organizationId, userId, ACTION_SUFFIXES.lock).pipe(map(userOf));
  }

  unlock(organizationId: string, userId: string): Observable<OrganizationUser> {
    return this.act(organizationId, userId, ACTION_SUFFIXES.unlock).pipe(map(userOf));
  }

  /** Signs the user out everywhere: their tokens are refused right after. */
  endSessions(organizationId: string, userId: string): Observable<SessionsEnded> {
    return this.act(organizationId, userId, ACTION_SUFFIXES['end-sessions']).pipe(
      map((dto) => ({ user: userOf(dto), sessionsEnded: count(record(dto)['sessions_ended']) })),
    );
  }

  /** Whether nobody has this user name yet (any case). Rate-limited by the server: ask sparingly. */
  availability(userName: string): Observable<boolean> {
    const params = new HttpParams().set('user_name', userName.trim());
    return defer(() => this.http.get<unknown>(this.url(AVAILABILITY_RESOURCE), { params })).pipe(
      map((dto) => flag(record(dto)['available'])),
    );
  }

  private usersUrl(organizationId: string, suffix = ''): string {
    return organizationUrl(this.url, organizationId, `/Users${suffix}`);
  }

  private act(organizationId: string, userId: string, suffix: string): Observable<unknown> {
    const url = this.usersUrl(organizationId, `/${encodeURIComponent(userId)}${suffix}`);
    return defer(() => this.http.post<unknown>(url, null));
  }
}

function userOf(dto: unknown): OrganizationUser {
  return toOrganizationUser(record(record(dto)['user']));
}

export function toOrganizationUser(dto: DtoRecord): OrganizationUser {
  return {
    userId: idText(dto['user_id']),
    organizationId: idText(dto['organization_id']),
    userName: text(dto['user_name']),
    firstName: text(dto['first_name']),
    lastName: text(dto['last_name']),
    primaryEmail: text(dto['primary_email']),
    isAdmin: flag(dto['is_admin']),
    isSysAdmin: flag(dto['is_sys_admin']),
    locked: flag(dto['locked']),
    changePasswordRequired: flag(dto['change_password_required']),
    activeSessions: count(dto['active_sessions']),
  };
}
