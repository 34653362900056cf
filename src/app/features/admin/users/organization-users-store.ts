import { inject } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { patchState, signalStore, withComputed, withMethods, withProps } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { Observable, map, mergeMap } from 'rxjs';
import { CLOCK } from '../../../core/clock';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { withSubjectState } from '../../../shared/page-data/with-page-data';
import { toAdminError } from '../admin-errors';
import { withAdminPage } from '../paged-store';
import { UsersApi, UsersRequest } from './users-api';
import { NewUser, OrganizationUser, UserAction, sameUserName } from './users.model';

/** What the last lock, unlock or end-sessions said. */
export type ActionOutcome =
  | {
      readonly kind: 'done';
      readonly action: UserAction;
      readonly userName: string;
      /** End sessions only: how many sessions the server ended. */
      readonly sessionsEnded: number | null;
    }
  | {
      readonly kind: 'failed';
      readonly action: UserAction;
      readonly userName: string;
      readonly error: WsapiError;
    };

/** The "Add a user" request. Never the password: that stays in the form. */
export type Creation =
  | { readonly status: 'idle' }
  | { readonly status: 'creating' }
  | { readonly status: 'created'; readonly userName: string }
  | { readonly status: 'failed'; readonly error: WsapiError };

/** The last user-name availability check, for the name it was about. */
export type Availability =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' | 'available' | 'taken'; readonly userName: string }
  | { readonly status: 'failed'; readonly userName: string; readonly error: WsapiError };

const IDLE: Availability = { status: 'idle' };

interface UsersState {
  /** The action under way per user id (one at a time per user). */
  readonly pending: Readonly<Record<string, UserAction>>;
  readonly outcome: ActionOutcome | null;
  readonly creation: Creation;
  readonly availability: Availability;
}

const INITIAL: UsersState = {
  pending: {},
  outcome: null,
  creation: { status: 'idle' },
  availability: IDLE,
};

interface ActionAnswer {
  readonly updated: OrganizationUser;
  readonly sessionsEnded: number | null;
}

function runAction(
  api: UsersApi,
  action: UserAction,
  organizationId: string,
  userId: string,
): Observable<ActionAnswer> {
  if (action === 'end-sessions') {
    return api
      .endSessions(organizationId, userId)
      .pipe(map(({ user: updated, sessionsEnded }) => ({ updated, sessionsEnded })));
  }
  const request =
    action === 'lock' ? api.lock(organizationId, userId) : api.unlock(organizationId, userId);
  return request.pipe(map((updated) => ({ updated, sessionsEnded: null })));
}

/**
 * The users of one organization (a page at a time), the row actions under way and their outcome,
 * adding a user, and the rate-limited user-name availability check. Provided by the page. Opening
 * another organization forgets the previous one's users, outcomes and checks, and drops what was
 * under way for it.
 */
export const OrganizationUsersStore = signalStore(
  withAdminPage(
    UsersApi,
    (api, request: UsersRequest) => api.list(request),
    (request) => request.organizationId,
  ),
  withSubjectState(INITIAL),
  withComputed(({ data, items }) => ({ page: data, users: items })),
  /** After a 429, no availability check is sent before this instant. */
  withProps(() => ({ _availabilityBlockedUntil: { at: 0 } })),
  withMethods((store, api = inject(UsersApi), clock = inject(CLOCK)) => {
    const organizationId = () => store._lastRequest()?.organizationId ?? null;
    const settle = (userId: string) =>
      patchState(store, ({ pending }) => {
        const rest = { ...pending };
        delete rest[userId];
        return { pending: rest };
      });
    /** Shows the row as the server returned it; reloads when the answer named nobody. */
    const replaceRow = (updated: OrganizationUser) => {
      const page = store.data();
      if (!page) return;
      if (!updated.userId) store.reload();
      else
        store.setData({
          ...page,
          items: page.items.map((row) => (row.userId === updated.userId ? updated : row)),
        });
    };
    /** Whether the check shown is still the one for `name` (a newer name may have been asked). */
    const isCheckFor = (name: string) => {
      const current = store.availability();
      return current.status === 'checking' && current.userName === name;
    };

    const act = rxMethod<{ user: OrganizationUser; action: UserAction; organizationId: string }>(
      mergeMap(({ user, action, organizationId }) =>
        runAction(api, action, organizationId, user.userId).pipe(
          tapResponse({
            next: ({ updated, sessionsEnded }) => {
              settle(user.userId);
              replaceRow(updated);
              patchState(store, {
                outcome: { kind: 'done', action, userName: user.userName, sessionsEnded },
              });
            },
            error: (error: unknown) => {
              settle(user.userId);
              patchState(store, {
                outcome: {
                  kind: 'failed',
                  action,
                  userName: user.userName,
                  error: toAdminError(error),
                },
              });
            },
          }),
          store._untilSubjectChanges(),
        ),
      ),
    );
    const start = (user: OrganizationUser, action: UserAction) => {
      const id = organizationId();
      if (id === null || store.pending()[user.userId]) return;
      patchState(store, ({ pending }) => ({
        pending: { ...pending, [user.userId]: action },
        outcome: null,
      }));
      act({ user, action, organizationId: id });
    };

    const sendCreate = rxMethod<{ organizationId: string; user: NewUser }>(
      mergeMap(({ organizationId, user }) =>
        api.create(organizationId, user).pipe(
          tapResponse({
            next: (created) => {
              patchState(store, {
                creation: { status: 'created', userName: created.userName || user.userName },
                availability: IDLE,
              });
              store.reload();
            },
            error: (error: unknown) =>
              patchState(store, { creation: { status: 'failed', error: toAdminError(error) } }),
          }),
          store._untilSubjectChanges(),
        ),
      ),
    );

    const sendCheck = rxMethod<string>(
      mergeMap((name) =>
        api.availability(name).pipe(
          tapResponse({
            next: (available) => {
              if (isCheckFor(name))
                patchState(store, {
                  availability: { status: available ? 'available' : 'taken', userName: name },
                });
            },
            error: (cause: unknown) => {
              const error = toAdminError(cause);
              if (error.kind === 'too-many-requests') {
                store._availabilityBlockedUntil.at = clock() + error.retryAfterSeconds * 1000;
              }
              if (isCheckFor(name))
                patchState(store, { availability: { status: 'failed', userName: name, error } });
            },
          }),
          store._untilSubjectChanges(),
        ),
      ),
    );

    return {
      lock: (user: OrganizationUser) => start(user, 'lock'),
      unlock: (user: OrganizationUser) => start(user, 'unlock'),
      endSessions: (user: OrganizationUser) => start(user, 'end-sessions'),

      /** Creates the user, then reloads the page shown. Ignored while a creation is under way. */
      create(user: NewUser): void {
        const id = organizationId();
        if (id === null || store.creation().status === 'creating') return;
        patchState(store, { creation: { status: 'creating' } });
        sendCreate({ organizationId: id, user });
      },

      /** Forgets the last creation's outcome (the form was closed or is being edited again). */
      clearCreation(): void {
        if (store.creation().status !== 'creating')
          patchState(store, { creation: { status: 'idle' } });
      },

      /**
       * Asks whether `userName` is free, unless the answer for that name is known or on its way,
       * or the server asked to wait (then the wait is reported without asking again).
       */
      checkAvailability(userName: string): void {
        const name = userName.trim();
        const last = store.availability();
        if (
          last.status !== 'idle' &&
          last.status !== 'failed' &&
          sameUserName(last.userName, name)
        ) {
          return;
        }
        const waitMs = store._availabilityBlockedUntil.at - clock();
        if (waitMs > 0) {
          const error: WsapiError = {
            kind: 'too-many-requests',
            retryAfterSeconds: Math.ceil(waitMs / 1000),
          };
          patchState(store, { availability: { status: 'failed', userName: name, error } });
          return;
        }
        patchState(store, { availability: { status: 'checking', userName: name } });
        sendCheck(name);
      },
    };
  }),
);
export type OrganizationUsersStore = InstanceType<typeof OrganizationUsersStore>;
