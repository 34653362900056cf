import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CLOCK } from '../../../core/clock';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { OrganizationUsersStore } from './organization-users-store';
import { NewUser } from './users.model';

const USERS = 'https://api.example.com/WSAPI/Organizations/20/Users';
const AVAILABILITY = 'https://api.example.com/WSAPI/Users/Availability';

const USER_DTO = {
  user_id: 42,
  organization_id: '20',
  user_name: 'jdoe',
  first_name: 'Jane',
  last_name: 'Doe',
  primary_email: 'jane@example.com',
  is_admin: false,
  is_sys_admin: false,
  locked: false,
  change_password_required: true,
  active_sessions: 2,
};
const ADMIN_DTO = {
  ...USER_DTO,
  user_id: 5,
  user_name: 'admin',
  is_admin: true,
  change_password_required: false,
  active_sessions: 1,
};
const NEW_USER: NewUser = {
  userName: 'jsmith',
  temporaryPassword: 'Welcome-2026-x',
  firstName: 'John',
  lastName: 'Smith',
  primaryEmail: 'john@example.com',
};

describe('OrganizationUsersStore', () => {
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;
  let now: number;

  beforeEach(() => {
    now = 1_000_000;
    TestBed.configureTestingModule({
      providers: [
        provideWsapiTesting(),
        { provide: CLOCK, useValue: () => now },
        OrganizationUsersStore,
      ],
    });
    store = TestBed.inject(OrganizationUsersStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  const listRequest = () => backend.expectOne((r) => r.url === USERS && r.method === 'GET');

  it('another organization never shows the previous one’s users, loading or failed', () => {
    loadUsers();
    expect(store.users().length).toBe(2);
    store.load({ organizationId: '21', page: 1, pageSize: 20 });
    expect(store.users()).toEqual([]);
    backend
      .expectOne((r) => r.url.endsWith('/Organizations/21/Users'))
      .flush(null, { status: 503, statusText: 'Unavailable' });
    expect(store.users()).toEqual([]);
    expect(store.error()).toEqual({ kind: 'server', status: 503 });
  });

  function loadUsers(): void {
    store.load({ organizationId: '20', page: 1, pageSize: 20 });
    listRequest().flush({
      users: [ADMIN_DTO, USER_DTO],
      page: 1,
      page_size: 20,
      total_count: 2,
    });
  }
  const jdoe = () => store.users().find((user) => user.userName === 'jdoe')!;

  describe('the list', () => {
    it('loads a page of the organization’s users, loading meanwhile', () => {
      store.load({ organizationId: '20', page: 1, pageSize: 20 });
      expect(store.loading()).toBeTrue();
      listRequest().flush({ users: [ADMIN_DTO, USER_DTO], total_count: 2 });
      expect(store.loading()).toBeFalse();
      expect(store.users().map((user) => user.userName)).toEqual(['admin', 'jdoe']);
      expect(store.totalCount()).toBe(2);
    });

    it('asks for the page and size wanted; a newer page replaces one still on its way', () => {
      store.load({ organizationId: '20', page: 1, pageSize: 20 });
      store.load({ organizationId: '20', page: 3, pageSize: 50 });
      const [first, second] = backend.match((r) => r.url === USERS);
      expect(first.cancelled).toBeTrue();
      expect(second.request.params.get('page')).toBe('3');
      expect(second.request.params.get('page_size')).toBe('50');
      second.flush({ users: [USER_DTO], page: 3, page_size: 50, total_count: 101 });
      expect(store.page()?.page).toBe(3);
      expect(store.totalCount()).toBe(101);
    });

    it('a failure is a typed error; "Try again" asks for the same page again', () => {
      store.load({ organizationId: '20', page: 2, pageSize: 20 });
      listRequest().flush(null, { status: 503, statusText: 'Service Unavailable' });
      expect(store.error()).toEqual({ kind: 'server', status: 503 });
      store.retry();
      const again = listRequest();
      expect(again.request.params.get('page')).toBe('2');
      again.flush({ users: [USER_DTO], total_count: 21 });
      expect(store.error()).toBeNull();
      expect(store.users().length).toBe(1);
    });

    it('an organization out of scope is "not found"', () => {
      store.load({ organizationId: '20', page: 1, pageSize: 20 });
      listRequest().flush(
        { error: { code: 'not_found', message: 'Not found.' } },
        { status: 404, statusText: 'Not Found' },
      );
      expect(store.error()).toEqual({ kind: 'not-found' });
    });
  });

  describe('row actions', () => {
    beforeEach(loadUsers);

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

  describe('adding a user', () => {
    beforeEach(loadUsers);

    it('creates, keeps only the user name, and reloads the page shown', () => {
      store.create(NEW_USER);
      expect(store.creation()).toEqual({ status: 'creating' });
      const request = backend.expectOne((r) => r.url === USERS && r.method === 'POST');
      expect(request.request.body.temporary_password).toBe('Welcome-2026-x');
      request.flush(
        { user: { ...USER_DTO, user_id: 43, user_name: 'jsmith' } },
        { status: 201, statusText: 'Created' },
      );
      expect(store.creation()).toEqual({ status: 'created', userName: 'jsmith' });
      expect(JSON.stringify(store.creation())).not.toContain('Welcome');
      listRequest().flush({ users: [ADMIN_DTO, USER_DTO, { ...USER_DTO, user_id: 43 }] });
      expect(store.users().length).toBe(3);
    });

    it('ignores a second submit while the first is on its way', () => {
      store.create(NEW_USER);
      store.create(NEW_USER);
      const posts = backend.match((r) => r.url === USERS && r.method === 'POST');
      expect(posts.length).toBe(1);
      posts[0].flush({ user: USER_DTO });
      listRequest().flush({ users: [] });
    });

    it('a taken user name (409) becomes a field error on user_name', () => {
      store.create(NEW_USER);
      backend
        .expectOne((r) => r.url === USERS && r.method === 'POST')
        .flush(
          {
            error: {
              code: 'conflict',
              message: 'This user name is already taken.',
              field: 'user_name',
            },
          },
          { status: 409, statusText: 'Conflict' },
        );
      expect(store.creation()).toEqual({
        status: 'failed',
        error: {
          kind: 'invalid-request',
          code: 'conflict',
          field: 'user_name',
          message: 'This user name is already taken.',
        },
      });
      backend.expectNone((r) => r.url === USERS && r.method === 'GET');
    });

    it('clearCreation forgets the outcome, never a creation under way', () => {
      store.create(NEW_USER);
      store.clearCreation();
      expect(store.creation().status).toBe('creating');
      backend
        .expectOne((r) => r.url === USERS && r.method === 'POST')
        .flush(null, { status: 500, statusText: 'Error' });
      store.clearCreation();
      expect(store.creation()).toEqual({ status: 'idle' });
    });
  });

  describe('user-name availability', () => {
    beforeEach(loadUsers);
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
});
