import { HttpTestingController } from '@angular/common/http/testing';
import { OrganizationUsersStore } from './organization-users-store';
import {
  ADMIN_DTO,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';

describe('OrganizationUsersStore: the list', () => {
  const { setUp, listRequest, loadUsers } = organizationUsersStoreTesting();
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    ({ store, backend } = setUp());
  });
  afterEach(() => backend.verify());

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
    store.reload();
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
