import { USERS, USER_DTO, organizationUsersStoreTesting } from './organization-users-store.testing';

describe('OrganizationUsersStore: row actions', () => {
  const ctx = organizationUsersStoreTesting({ loaded: true });

  it('lock: the row shows the answer (locked, no sessions) and the outcome is kept', () => {
    ctx.store.lock(ctx.jdoe());
    expect(ctx.store.pending()).toEqual({ '42': 'lock' });
    const request = ctx.backend.expectOne(`${USERS}/42/Lock`);
    expect(request.request.method).toBe('POST');
    request.flush({ user: { ...USER_DTO, locked: true, active_sessions: 0 } });
    expect(ctx.store.pending()).toEqual({});
    expect(ctx.jdoe().locked).toBeTrue();
    expect(ctx.jdoe().activeSessions).toBe(0);
    expect(ctx.store.users().length).toBe(2);
    expect(ctx.store.outcome()).toEqual({
      kind: 'done',
      action: 'lock',
      userName: 'jdoe',
      sessionsEnded: null,
    });
  });

  it('unlock updates the row', () => {
    ctx.store.lock(ctx.jdoe());
    ctx.backend.expectOne(`${USERS}/42/Lock`).flush({ user: { ...USER_DTO, locked: true } });
    ctx.store.unlock(ctx.jdoe());
    ctx.backend.expectOne(`${USERS}/42/Unlock`).flush({ user: { ...USER_DTO, locked: false } });
    expect(ctx.jdoe().locked).toBeFalse();
    expect(ctx.store.outcome()).toEqual(
      jasmine.objectContaining({ kind: 'done', action: 'unlock' }),
    );
  });

  it('end sessions: the row’s count drops and the number ended is kept', () => {
    ctx.store.endSessions(ctx.jdoe());
    ctx.backend
      .expectOne(`${USERS}/42/EndSessions`)
      .flush({ user: { ...USER_DTO, active_sessions: 0 }, sessions_ended: 2 });
    expect(ctx.jdoe().activeSessions).toBe(0);
    expect(ctx.store.outcome()).toEqual({
      kind: 'done',
      action: 'end-sessions',
      userName: 'jdoe',
      sessionsEnded: 2,
    });
  });

  it('one action at a time per user: a second click while one runs sends nothing', () => {
    ctx.store.lock(ctx.jdoe());
    ctx.store.endSessions(ctx.jdoe());
    expect(ctx.store.pending()).toEqual({ '42': 'lock' });
    ctx.backend.expectOne(`${USERS}/42/Lock`).flush({ user: USER_DTO });
    expect(ctx.backend.match(`${USERS}/42/EndSessions`)).toEqual([]);
  });

  it('a refusal (own account: 409) is kept as a typed outcome; the row is unchanged', () => {
    const admin = ctx.store.users()[0];
    ctx.store.lock(admin);
    ctx.backend
      .expectOne(`${USERS}/5/Lock`)
      .flush(
        { error: { code: 'conflict', message: 'You cannot do this to your own account.' } },
        { status: 409, statusText: 'Conflict' },
      );
    expect(ctx.store.pending()).toEqual({});
    expect(ctx.store.users()[0].locked).toBeFalse();
    expect(ctx.store.outcome()).toEqual({
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
    ctx.store.endSessions(ctx.jdoe());
    ctx.backend.expectOne(`${USERS}/42/EndSessions`).flush({ user: USER_DTO, sessions_ended: 0 });
    ctx.store.lock(ctx.jdoe());
    expect(ctx.store.outcome()).toBeNull();
    ctx.backend.expectOne(`${USERS}/42/Lock`).flush({ user: USER_DTO });
  });
});
