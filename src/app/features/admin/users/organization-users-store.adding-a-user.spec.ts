import { HttpTestingController } from '@angular/common/http/testing';
import { OrganizationUsersStore } from './organization-users-store';
import {
  ADMIN_DTO,
  NEW_USER,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';

describe('OrganizationUsersStore: adding a user', () => {
  const { setUp, listRequest, loadUsers } = organizationUsersStoreTesting();
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUp());
  });
  beforeEach(loadUsers);
  afterEach(() => backend.verify());

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
