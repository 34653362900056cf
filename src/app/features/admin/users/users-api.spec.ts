import { HttpTestingController } from '@angular/common/http/testing';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { UsersApi } from './users-api';
import { USER_DTO } from './organization-users-store.testing';
import { OrganizationUser } from './users.model';

const BASE = 'https://api.example.com/WSAPI';

const JDOE: OrganizationUser = {
  userId: '42',
  organizationId: '20',
  userName: 'jdoe',
  firstName: 'Jane',
  lastName: 'Doe',
  primaryEmail: 'jane@example.com',
  isAdmin: false,
  isSysAdmin: false,
  locked: false,
  changePasswordRequired: true,
  activeSessions: 2,
};

describe('UsersApi', () => {
  let api: UsersApi;
  let backend: HttpTestingController;
  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(UsersApi)));
  afterEach(() => backend.verify());

  it('lists a page of users, mapped to camelCase with safe defaults', () => {
    let page: unknown;
    api.list({ organizationId: '20', page: 2, pageSize: 50 }).subscribe((value) => (page = value));
    const request = backend.expectOne((r) => r.url === `${BASE}/Organizations/20/Users`);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('page_size')).toBe('50');
    request.flush({
      users: [USER_DTO, { user_id: '7', user_name: 'odd', is_admin: 'yes', active_sessions: -1 }],
      page: 2,
      page_size: 50,
      total_count: 51,
      total_pages: 2,
    });
    expect(page).toEqual({
      items: [
        JDOE,
        {
          userId: '7',
          organizationId: '',
          userName: 'odd',
          firstName: '',
          lastName: '',
          primaryEmail: '',
          isAdmin: false,
          isSysAdmin: false,
          locked: false,
          changePasswordRequired: false,
          activeSessions: 0,
        },
      ],
      page: 2,
      pageSize: 50,
      totalCount: 51,
    });
  });

  it('encodes the organization id in the path', () => {
    api.list({ organizationId: '2/0', page: 1, pageSize: 20 }).subscribe();
    const requests = backend.match((r) => r.url === `${BASE}/Organizations/2%2F0/Users`);
    expect(requests.length).toBe(1);
    requests[0].flush({ users: [] });
  });

  it('creates a user: trimmed names and email, the password exactly as typed', () => {
    let created: OrganizationUser | undefined;
    api
      .create('20', {
        userName: ' jdoe ',
        temporaryPassword: ' Secret-2026 ',
        firstName: ' Jane',
        lastName: 'Doe ',
        primaryEmail: ' jane@example.com ',
      })
      .subscribe((user) => (created = user));
    const request = backend.expectOne(`${BASE}/Organizations/20/Users`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      user_name: 'jdoe',
      temporary_password: ' Secret-2026 ',
      first_name: 'Jane',
      last_name: 'Doe',
      primary_email: 'jane@example.com',
    });
    request.flush({ user: USER_DTO }, { status: 201, statusText: 'Created' });
    expect(created).toEqual(JDOE);
  });

  it('sends nothing before it is subscribed to (the POST is never sent twice by itself)', () => {
    const create = api.create('20', {
      userName: 'jdoe',
      temporaryPassword: 'Secret-2026x',
      firstName: 'Jane',
      lastName: 'Doe',
      primaryEmail: 'jane@example.com',
    });
    expect(backend.match(() => true)).toEqual([]);
    create.subscribe();
    expect(backend.match(`${BASE}/Organizations/20/Users`).length).toBe(1);
  });

  it('locks and unlocks by POST on the user, answering the updated user', () => {
    const users: OrganizationUser[] = [];
    api.lock('20', '42').subscribe((user) => users.push(user));
    const lock = backend.expectOne(`${BASE}/Organizations/20/Users/42/Lock`);
    expect(lock.request.method).toBe('POST');
    expect(lock.request.body).toBeNull();
    lock.flush({ user: { ...USER_DTO, locked: true, active_sessions: 0 } });

    api.unlock('20', '42').subscribe((user) => users.push(user));
    const unlock = backend.expectOne(`${BASE}/Organizations/20/Users/42/Unlock`);
    expect(unlock.request.method).toBe('POST');
    unlock.flush({ user: { ...USER_DTO, active_sessions: 0 } });

    expect(users.map((user) => [user.locked, user.activeSessions])).toEqual([
      [true, 0],
      [false, 0],
    ]);
  });

  it('ends sessions, with how many were ended', () => {
    let result: unknown;
    api.endSessions('20', '42').subscribe((value) => (result = value));
    const request = backend.expectOne(`${BASE}/Organizations/20/Users/42/EndSessions`);
    expect(request.request.method).toBe('POST');
    request.flush({ user: { ...USER_DTO, active_sessions: 0 }, sessions_ended: 2 });
    expect(result).toEqual({ user: { ...JDOE, activeSessions: 0 }, sessionsEnded: 2 });
  });

  it('asks whether a user name is available; only `true` means available', () => {
    const answers: boolean[] = [];
    api.availability(' jdoe ').subscribe((available) => answers.push(available));
    const request = backend.expectOne((r) => r.url === `${BASE}/Users/Availability`);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('user_name')).toBe('jdoe');
    request.flush({ available: true });

    api.availability('admin').subscribe((available) => answers.push(available));
    backend.expectOne((r) => r.url === `${BASE}/Users/Availability`).flush({ available: 'yes' });
    expect(answers).toEqual([true, false]);
  });

  it('lets failures through as HTTP errors (the store maps them)', () => {
    let failure: unknown;
    api.lock('20', '1').subscribe({ error: (error: unknown) => (failure = error) });
    backend
      .expectOne(`${BASE}/Organizations/20/Users/1/Lock`)
      .flush(
        { error: { code: 'conflict', message: 'You cannot do this to your own account.' } },
        { status: 409, statusText: 'Conflict' },
      );
    expect((failure as { status: number }).status).toBe(409);
  });
});
