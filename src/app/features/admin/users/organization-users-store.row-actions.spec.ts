import { HttpTestingController } from '@angular/common/http/testing';
import { OrganizationUsersStore } from './organization-users-store';
import { USERS, USER_DTO, organizationUsersStoreTesting } from './organization-users-store.testing';

describe('OrganizationUsersStore: row actions', () => {
  const { setUp, loadUsers, jdoe } = organizationUsersStoreTesting();
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUp());
  });
  beforeEach(loadUsers);
  afterEach(() => backend.verify());

  it('lock: the row shows the answer (locked, no sessions) and the outcome is kept', () => {
    store.lock(jdoe());
    expect(store.pending()).toEqual({ '42': 'lock' });
    const request = backend.expectOne(`${USERS}/42/Lock`);
    expect(request.request.method).toBe('POST');
    request.flush({ user: { ...USER_DTO, locked: true, active_sessions: 0 } });
    expect(store.pending()).toEqual({});
    expect(jdoe().locked).toBeTrue();
    expect(jdoe().activeSessions).toBe(0);
    expect(store.users().length).toBe(2);
    expect(store.outcome()).toEqual({
      kind: 'done',
      action: 'lock',
      userName: 'jdoe',
      sessionsEnded: null,
    });
  });

  it('unlock updates the row', () => {
    store.lock(jdoe());
    backend.expectOne(`${USERS}/42/Lock`).flush({ user: { ...USER_DTO, locked: true } });
    store.unlock(jdoe());
    backend.expectOne(`${USERS}/42/Unlock`).flush({ user: { ...USER_DTO, locked: false } });
    expect(jdoe().locked).toBeFalse();
    expect(store.outcome()).toEqual(jasmine.objectContaining({ kind: 'done', action: 'unlock' }));
  });

  it('end sessions: the row’s count drops and the number ended is kept', () => {
    store.endSessions(jdoe());
    backend
      .expectOne(`${USERS}/42/EndSessions`)
      .flush({ user: { ...USER_DTO, active_sessions: 0 }, sessions_ended: 2 });
    expect(jdoe().activeSessions).toBe(0);
    expect(store.outcome()).toEqual({
      kind: 'done',
      action: 'end-sessions',
      userName: 'jdoe',
      sessionsEnded: 2,
    });
  });

  it('one action at a time per user: a second click while one runs sends nothing', () => {
    store.lock(jdoe());
    store.endSessions(jdoe());
    expect(store.pending()).toEqual({ '42': 'lock' });
    backend.expectOne(`${USERS}/42/Lock`).flush({ user: USER_DTO });
    expect(backend.match(`${USERS}/42/EndSessions`)).toEqual([]);
  });

  it('a refusal (own account: 409) is kept as a typed outcome; the row is unchanged', () => {
    const admin = store.users()[0];
    store.lock(admin);
    backend
      .expectOne(`${USERS}/5/Lock`)
      .flush(
        { error: { code: 'conflict', message: 'You cannot do this to your own account.' } },
        { status: 409, statusText: 'Conflict' },
      );
    expect(store.pending()).toEqual({});
    expect(store.users()[0].locked).toBeFalse();
    expect(store.outcome()).toEqual({
      kind: 'failed',
      action: 'lock',
      userName: 'admin',
      error: {
        kind: 'invalid-request',
        code: 'conflict',
        field: null,
        message: 'You cannot do this to your own account.',
      },
    });
  });

  it('a new action clears the previous outcome', () => {
    store.endSessions(jdoe());
    backend.expectOne(`${USERS}/42/EndSessions`).flush({ user: USER_DTO, sessions_ended: 0 });
    store.lock(jdoe());
    expect(store.outcome()).toBeNull();
    backend.expectOne(`${USERS}/42/Lock`).flush({ user: USER_DTO });
  });
});
