import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, map, takeUntil } from 'rxjs';
import { CLOCK } from '../../../core/clock';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { toAdminError } from '../admin-errors';
import { Page } from '../admin.model';
import { Loader } from '../paged-store';
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

/**
 * The users of one organization (a page at a time), the row actions under way and their outcome,
 * adding a user, and the rate-limited user-name availability check. Provided by the page.
 */
@Injectable()
export class OrganizationUsersStore {
  private readonly api = inject(UsersApi);
  private readonly clock = inject(CLOCK);
  private readonly destroyRef = inject(DestroyRef);
  private readonly list = new Loader<UsersRequest, Page<OrganizationUser>>((request) =>
    this.api.list(request),
  );
  /** Emits when another organization is opened: what was under way for the previous one is dropped. */
  private readonly organizationChanged = new Subject<void>();
  private organizationId: string | null = null;
  /** After a 429, no availability check is sent before this instant. */
  private availabilityBlockedUntil = 0;

  private readonly pendingActions = signal<Readonly<Record<string, UserAction>>>({});
  readonly outcome = signal<ActionOutcome | null>(null);
  readonly creation = signal<Creation>({ status: 'idle' });
  readonly availability = signal<Availability>(IDLE);

  readonly loading = this.list.loading;
  readonly error = this.list.error;
  readonly page = this.list.value;
  readonly users = computed(() => this.page()?.items ?? []);
  readonly totalCount = computed(() => this.page()?.totalCount ?? 0);
  /** The action under way per user id (one at a time per user). */
  readonly pending = this.pendingActions.asReadonly();

  /** Loads a page; opening another organization also forgets the previous one's outcomes. */
  load(request: UsersRequest): void {
    if (request.organizationId !== this.organizationId) {
      this.organizationId = request.organizationId;
      this.organizationChanged.next();
      this.pendingActions.set({});
      this.outcome.set(null);
      this.creation.set({ status: 'idle' });
      this.availability.set(IDLE);
      this.list.clear();
    }
    this.list.load(request);
  }

  retry(): void {
    this.list.reload();
  }

  lock(user: OrganizationUser): void {
    this.act(user, 'lock', (id, userId) =>
      this.api.lock(id, userId).pipe(map((updated) => ({ updated, sessionsEnded: null }))),
    );
  }

  unlock(user: OrganizationUser): void {
    this.act(user, 'unlock', (id, userId) =>
      this.api.unlock(id, userId).pipe(map((updated) => ({ updated, sessionsEnded: null }))),
    );
  }

  endSessions(user: OrganizationUser): void {
    this.act(user, 'end-sessions', (id, userId) =>
      this.api
        .endSessions(id, userId)
        .pipe(map(({ user: updated, sessionsEnded }) => ({ updated, sessionsEnded }))),
    );
  }

  /** Creates the user, then reloads the page shown. Ignored while a creation is under way. */
  create(user: NewUser): void {
    const organizationId = this.organizationId;
    if (organizationId === null || this.creation().status === 'creating') return;
    this.creation.set({ status: 'creating' });
    this.api
      .create(organizationId, user)
      .pipe(takeUntil(this.organizationChanged), takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (created) => {
          this.creation.set({ status: 'created', userName: created.userName || user.userName });
          this.availability.set(IDLE);
          this.list.reload();
        },
        error: (error: unknown) =>
          this.creation.set({ status: 'failed', error: toAdminError(error) }),
      });
  }

  /** Forgets the last creation's outcome (the form was closed or is being edited again). */
  clearCreation(): void {
    if (this.creation().status !== 'creating') this.creation.set({ status: 'idle' });
  }

  /**
   * Asks whether `userName` is free, unless the answer for that name is known or on its way, or
   * the server asked to wait (then the wait is reported without asking again).
   */
  checkAvailability(userName: string): void {
    const name = userName.trim();
    const last = this.availability();
    if (last.status !== 'idle' && last.status !== 'failed' && sameUserName(last.userName, name)) {
      return;
    }
    const waitMs = this.availabilityBlockedUntil - this.clock();
    if (waitMs > 0) {
      this.availability.set({
        status: 'failed',
        userName: name,
        error: { kind: 'too-many-requests', retryAfterSeconds: Math.ceil(waitMs / 1000) },
      });
      return;
    }
    this.availability.set({ status: 'checking', userName: name });
    this.api
      .availability(name)
      .pipe(takeUntil(this.organizationChanged), takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (available) => {
          if (!this.isCheckFor(name)) return;
          this.availability.set({ status: available ? 'available' : 'taken', userName: name });
        },
        error: (cause: unknown) => {
          const error = toAdminError(cause);
          if (error.kind === 'too-many-requests') {
            this.availabilityBlockedUntil = this.clock() + error.retryAfterSeconds * 1000;
          }
          if (this.isCheckFor(name))
            this.availability.set({ status: 'failed', userName: name, error });
        },
      });
  }

  /** Whether the check shown is still the one for `name` (a newer name may have been asked). */
  private isCheckFor(name: string): boolean {
    const current = this.availability();
    return current.status === 'checking' && current.userName === name;
  }

  private act(
    user: OrganizationUser,
    action: UserAction,
    run: (
      organizationId: string,
      userId: string,
    ) => Observable<{ updated: OrganizationUser; sessionsEnded: number | null }>,
  ): void {
    const organizationId = this.organizationId;
    if (organizationId === null || this.pendingActions()[user.userId]) return;
    this.pendingActions.update((pending) => ({ ...pending, [user.userId]: action }));
    this.outcome.set(null);
    run(organizationId, user.userId)
      .pipe(takeUntil(this.organizationChanged), takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ updated, sessionsEnded }) => {
          this.settle(user.userId);
          this.replaceRow(updated);
          this.outcome.set({ kind: 'done', action, userName: user.userName, sessionsEnded });
        },
        error: (error: unknown) => {
          this.settle(user.userId);
          this.outcome.set({
            kind: 'failed',
            action,
            userName: user.userName,
            error: toAdminError(error),
          });
        },
      });
  }

  private settle(userId: string): void {
    this.pendingActions.update((pending) => {
      const rest = { ...pending };
      delete rest[userId];
      return rest;
    });
  }

  /** Shows the row as the server returned it; reloads when the answer named nobody. */
  private replaceRow(updated: OrganizationUser): void {
    const page = this.page();
    if (!page) return;
    if (!updated.userId) {
      this.list.reload();
      return;
    }
    this.list.set({
      ...page,
      items: page.items.map((row) => (row.userId === updated.userId ? updated : row)),
    });
  }
}
