import { HttpTestingController } from '@angular/common/http/testing';
import { OrganizationUsersStore } from './organization-users-store';
import {
  AVAILABILITY,
  START,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';

describe('OrganizationUsersStore: user-name availability', () => {
  /** The portal's clock: a spec moves it on to let a Retry-After pass. */
  let now: number;
  const { setUp, loadUsers, jdoe } = organizationUsersStoreTesting(() => now);
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    now = START;
    ({ store, backend } = setUp());
  });
  beforeEach(loadUsers);
  afterEach(() => backend.verify());
  const availability = () => backend.expectOne((r) => r.url === AVAILABILITY);

  it('asks the server and keeps the answer for that name', () => {
    store.checkAvailability(' jsmith ');
    expect(store.availability()).toEqual({ status: 'checking', userName: 'jsmith' });
    const request = availability();
    expect(request.request.params.get('user_name')).toBe('jsmith');
    request.flush({ available: true });
    expect(store.availability()).toEqual({ status: 'available', userName: 'jsmith' });

    store.checkAvailability('JDOE');
    availability().flush({ available: false });
    expect(store.availability()).toEqual({ status: 'taken', userName: 'JDOE' });
  });

  it('does not ask again for the name it already knows or is asking about (any case)', () => {
    store.checkAvailability('jsmith');
    store.checkAvailability('JSmith');
    availability().flush({ available: true });
    store.checkAvailability('jsmith ');
    expect(backend.match((r) => r.url === AVAILABILITY)).toEqual([]);
    expect(store.availability()).toEqual({ status: 'available', userName: 'jsmith' });
  });

  it('an older answer does not overwrite the check for a newer name', () => {
    store.checkAvailability('first');
    store.checkAvailability('second');
    const [first, second] = backend.match((r) => r.url === AVAILABILITY);
    second.flush({ available: false });
    first.flush({ available: true });
    expect(store.availability()).toEqual({ status: 'taken', userName: 'second' });
  });

  it('after a 429, waits as told without asking, then asks again', () => {
    store.checkAvailability('jsmith');
    availability().flush(
      { error: { code: 'too_many_requests', message: 'Too many requests.' } },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '40' } },
    );
    expect(store.availability()).toEqual({
      status: 'failed',
      userName: 'jsmith',
      error: { kind: 'too-many-requests', retryAfterSeconds: 40 },
    });

    now += 15_000;
    store.checkAvailability('jsmith');
    backend.expectNone((r) => r.url === AVAILABILITY);
    expect(store.availability()).toEqual({
      status: 'failed',
      userName: 'jsmith',
      error: { kind: 'too-many-requests', retryAfterSeconds: 25 },
    });

    now += 25_000;
    store.checkAvailability('jsmith');
    availability().flush({ available: true });
    expect(store.availability()).toEqual({ status: 'available', userName: 'jsmith' });
  });

  it('a new organization forgets the previous one’s check, outcome and creation', () => {
    store.checkAvailability('jsmith');
    availability().flush({ available: true });
    store.endSessions(jdoe());
    backend.expectOne(`${USERS}/42/EndSessions`).flush({ user: USER_DTO, sessions_ended: 1 });

    store.load({ organizationId: '21', page: 1, pageSize: 20 });
    expect(store.availability()).toEqual({ status: 'idle' });
    expect(store.outcome()).toBeNull();
    expect(store.creation()).toEqual({ status: 'idle' });
    backend
      .expectOne((r) => r.url.endsWith('/Organizations/21/Users'))
      .flush({ users: [], total_count: 0 });
  });
});
