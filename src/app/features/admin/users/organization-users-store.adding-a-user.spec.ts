import {
  ADMIN_DTO,
  NEW_USER,
  USERS,
  USER_DTO,
  organizationUsersStoreTesting,
} from './organization-users-store.testing';
import { refuse } from '../wsapi-refusal.testing';

describe('OrganizationUsersStore: adding a user', () => {
  const ctx = organizationUsersStoreTesting({ loaded: true });

  it('creates, keeps only the user name, and reloads the page shown', () => {
    ctx.store.create(NEW_USER);
    expect(ctx.store.creation()).toEqual({ status: 'creating' });
    const request = ctx.backend.expectOne((r) => r.url === USERS && r.method === 'POST');
    expect(request.request.body.temporary_password).toBe('Welcome-2026-x');
    request.flush(
      { user: { ...USER_DTO, user_id: 43, user_name: 'jsmith' } },
      { status: 201, statusText: 'Created' },
    );
    expect(ctx.store.creation()).toEqual({ status: 'created', userName: 'jsmith' });
    expect(JSON.stringify(ctx.store.creation())).not.toContain('Welcome');
    ctx.listRequest().flush({ users: [ADMIN_DTO, USER_DTO, { ...USER_DTO, user_id: 43 }] });
    expect(ctx.store.users().length).toBe(3);
  });

  it('ignores a second submit while the first is on its way', () => {
    ctx.store.create(NEW_USER);
    ctx.store.create(NEW_USER);
    const posts = ctx.backend.match((r) => r.url === USERS && r.method === 'POST');
    expect(posts.length).toBe(1);
    posts[0].flush({ user: USER_DTO });
    ctx.listRequest().flush({ users: [] });
  });

  it('a taken user name (409) becomes a field error on user_name', () => {
    ctx.store.create(NEW_USER);
    refuse(
      ctx.backend.expectOne((r) => r.url === USERS && r.method === 'POST'),
      'user_name',
      'This user name is already taken.',
      409,
    );
    expect(ctx.store.creation()).toEqual({
      status: 'failed',
      error: {
        kind: 'invalid-request',
        code: 'conflict',
        field: 'user_name',
        message: 'This user name is already taken.',
      },
    });
    ctx.backend.expectNone((r) => r.url === USERS && r.method === 'GET');
  });

  it('clearCreation forgets the outcome, never a creation under way', () => {
    ctx.store.create(NEW_USER);
    ctx.store.clearCreation();
    expect(ctx.store.creation().status).toBe('creating');
    ctx.backend
      .expectOne((r) => r.url === USERS && r.method === 'POST')
      .flush(null, { status: 500, statusText: 'Error' });
    ctx.store.clearCreation();
    expect(ctx.store.creation()).toEqual({ status: 'idle' });
  });
});
