import {
  ADMIN_DTO,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';

describe('OrganizationUsersStore: the list', () => {
  const ctx = organizationUsersStoreTesting();

  it('another organization never shows the previous one’s users, loading or failed', () => {
    ctx.loadUsers();
    expect(ctx.store.users().length).toBe(2);
    ctx.store.load({ organizationId: '21', page: 1, pageSize: 20 });
    expect(ctx.store.users()).toEqual([]);
    ctx.backend
      .expectOne((r) => r.url.endsWith('/Organizations/21/Users'))
      .flush(null, { status: 503, statusText: 'Unavailable' });
    expect(ctx.store.users()).toEqual([]);
    expect(ctx.store.error()).toEqual({ kind: 'server', status: 503 });
  });

  it('loads a page of the organization’s users, loading meanwhile', () => {
    ctx.store.load({ organizationId: '20', page: 1, pageSize: 20 });
    expect(ctx.store.loading()).toBeTrue();
    ctx.listRequest().flush({ users: [ADMIN_DTO, USER_DTO], total_count: 2 });
    expect(ctx.store.loading()).toBeFalse();
    expect(ctx.store.users().map((user) => user.userName)).toEqual(['admin', 'jdoe']);
    expect(ctx.store.totalCount()).toBe(2);
  });

  it('asks for the page and size wanted; a newer page replaces one still on its way', () => {
    ctx.store.load({ organizationId: '20', page: 1, pageSize: 20 });
    ctx.store.load({ organizationId: '20', page: 3, pageSize: 50 });
    const [first, second] = ctx.backend.match((r) => r.url === USERS);
    expect(first.cancelled).toBeTrue();
    expect(second.request.params.get('page')).toBe('3');
    expect(second.request.params.get('page_size')).toBe('50');
    second.flush({ users: [USER_DTO], page: 3, page_size: 50, total_count: 101 });
    expect(ctx.store.page()?.page).toBe(3);
    expect(ctx.store.totalCount()).toBe(101);
  });

  it('a failure is a typed error; "Try again" asks for the same page again', () => {
    ctx.store.load({ organizationId: '20', page: 2, pageSize: 20 });
    ctx.listRequest().flush(null, { status: 503, statusText: 'Service Unavailable' });
    expect(ctx.store.error()).toEqual({ kind: 'server', status: 503 });
    ctx.store.reload();
    const again = ctx.listRequest();
    expect(again.request.params.get('page')).toBe('2');
    again.flush({ users: [USER_DTO], total_count: 21 });
    expect(ctx.store.error()).toBeNull();
    expect(ctx.store.users().length).toBe(1);
  });

  it('an organization out of scope is "not found"', () => {
    ctx.store.load({ organizationId: '20', page: 1, pageSize: 20 });
    ctx
      .listRequest()
      .flush(
        { error: { code: 'not_found', message: 'Not found.' } },
        { status: 404, statusText: 'Not Found' },
      );
    expect(ctx.store.error()).toEqual({ kind: 'not-found' });
  });
});
