import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CLOCK } from '../../../core/clock';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { OrganizationUsersStore } from './organization-users-store';
import { NewUser } from './users.model';

/*
 * Shared set-up of the organization-users-store.*.spec.ts files; imported by those specs only.
 * What a spec asserts stays in the spec (no Jasmine globals here).
 */

export const USERS = 'https://api.example.com/WSAPI/Organizations/20/Users';
export const AVAILABILITY = 'https://api.example.com/WSAPI/Users/Availability';

/** The portal's clock at the start of every spec. */
export const START = 1_000_000;

export const USER_DTO = {
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
export const ADMIN_DTO = {
  ...USER_DTO,
  user_id: 5,
  user_name: 'admin',
  is_admin: true,
  change_password_required: false,
  active_sessions: 1,
};
export const NEW_USER: NewUser = {
  userName: 'jsmith',
  temporaryPassword: 'Welcome-2026-x',
  firstName: 'John',
  lastName: 'Smith',
  primaryEmail: 'john@example.com',
};

/**
 * For a `describe` of the store's specs: before each spec, the store on a testing backend with the
 * portal's clock read from `options.clock` (and, with `options.loaded`, organization 20's first
 * page loaded); after each spec, the backend verified. `ctx.store` and `ctx.backend` are the
 * spec's; the rest are the ways a spec works them.
 */
export function organizationUsersStoreTesting(
  options: { readonly clock?: () => number; readonly loaded?: boolean } = {},
) {
  let store: OrganizationUsersStore;
  let backend: HttpTestingController;
  const clock = options.clock ?? (() => START);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideWsapiTesting(),
        { provide: CLOCK, useValue: clock },
        OrganizationUsersStore,
      ],
    });
    store = TestBed.inject(OrganizationUsersStore);
    backend = TestBed.inject(HttpTestingController);
    if (options.loaded) loadUsers();
  });
  afterEach(() => backend.verify());

  const listRequest = () => backend.expectOne((r) => r.url === USERS && r.method === 'GET');

  /** Loads the first page of organization 20: admin and jdoe. */
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

  return {
    get store() {
      return store;
    },
    get backend() {
      return backend;
    },
    listRequest,
    loadUsers,
    jdoe,
  };
}
