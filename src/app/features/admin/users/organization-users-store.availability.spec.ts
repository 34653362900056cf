import {
  AVAILABILITY,
  START,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';

describe('OrganizationUsersStore: user-name availability', () => {
  /** The portal's clock: a spec moves it on to let a Retry-After pass. */
  let now = START;
  beforeEach(() => (now = START));
  const ctx = organizationUsersStoreTesting({ clock: () => now, loaded: true });
  const availability = () => ctx.backend.expectOne((r) => r.url === AVAILABILITY);

  it('asks the server and keeps the answer for that name', () => {
    ctx.store.checkAvailability(' jsmith ');
    expect(ctx.store.availability()).toEqual({ status: 'checking', userName: 'jsmith' });
    const request = availability();
    expect(request.request.params.get('user_name')).toBe('jsmith');
    request.flush({ available: true });
    expect(ctx.store.availability()).toEqual({ status: 'available', userName: 'jsmith' });

    ctx.store.checkAvailability('JDOE');
    availability().flush({ available: false });
    expect(ctx.store.availability()).toEqual({ status: 'taken', userName: 'JDOE' });
  });

  it('does not ask again for the name it already knows or is asking about (any case)', () => {
    ctx.store.checkAvailability('jsmith');
    ctx.store.checkAvailability('JSmith');
    availability().flush({ available: true });
    ctx.store.checkAvailability('jsmith ');
    expect(ctx.backend.match((r) => r.url === AVAILABILITY)).toEqual([]);
    expect(ctx.store.availability()).toEqual({ status: 'available', userName: 'jsmith' });
  });

  it('an older answer does not overwrite the check for a newer name', () => {
    ctx.store.checkAvailability('first');
    ctx.store.checkAvailability('second');
    const [first, second] = ctx.backend.match((r) => r.url === AVAILABILITY);
    second.flush({ available: false });
    first.flush({ available: true });
    expect(ctx.store.availability()).toEqual({ status: 'taken', userName: 'second' });
  });

  it('after a 429, waits as told without asking, then asks again', () => {
    ctx.store.checkAvailability('jsmith');
    availability().flush(
      { error: { code: 'too_many_requests', message: 'Too many requests.' } },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '40' } },
    );
    expect(ctx.store.availability()).toEqual({
      status: 'failed',
      userName: 'jsmith',
      error: { kind: 'too-many-requests', retryAfterSeconds: 40 },
    });

    now += 15_000;
    ctx.store.checkAvailability('jsmith');
    ctx.backend.expectNone((r) => r.url === AVAILABILITY);
    expect(ctx.store.availability()).toEqual({
      status: 'failed',
      userName: 'jsmith',
      error: { kind: 'too-many-requests', retryAfterSeconds: 25 },
    });

    now += 25_000;
    ctx.store.checkAvailability('jsmith');
    availability().flush({ available: true });
    expect(ctx.store.availability()).toEqual({ status: 'available', userName: 'jsmith' });
  });

  it('a new organization forgets the previous one’s check, outcome and creation', () => {
    ctx.store.checkAvailability('jsmith');
    availability().flush({ available: true });
    ctx.store.endSessions(ctx.jdoe());
    ctx.backend.expectOne(`${USERS}/42/EndSessions`).flush({ user: USER_DTO, sessions_ended: 1 });

    ctx.store.load({ organizationId: '21', page: 1, pageSize: 20 });
    expect(ctx.store.availability()).toEqual({ status: 'idle' });
    expect(ctx.store.outcome()).toBeNull();
    expect(ctx.store.creation()).toEqual({ status: 'idle' });
    ctx.backend
      .expectOne((r) => r.url.endsWith('/Organizations/21/Users'))
      .flush({ users: [], total_count: 0 });
  });
});
