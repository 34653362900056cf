import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { OrganizationUsersPage } from './organization-users-page';

const USERS = 'https://api.example.com/WSAPI/Organizations/20/Users';

const user = (id: number, userName: string, extra: Record<string, unknown> = {}) => ({
  user_id: id,
  organization_id: '20',
  user_name: userName,
  first_name: 'First',
  last_name: userName,
  primary_email: `${userName}@example.com`,
  is_admin: false,
  is_sys_admin: false,
  locked: false,
  change_password_required: false,
  active_sessions: 0,
  ...extra,
});
const ADMIN = user(5, 'admin', { is_admin: true, active_sessions: 1 });
const JDOE = user(42, 'jdoe', { active_sessions: 2 });
const NEWBIE = user(43, 'newbie', { change_password_required: true });
const BOSS = user(44, 'boss', { is_sys_admin: true, locked: true });

describe('OrganizationUsersPage', () => {
  let fixture: ComponentFixture<OrganizationUsersPage>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OrganizationUsersPage],
      providers: [
        provideWsapiTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideAuthState(signedInState({ user: { userName: 'Admin', isAdmin: true } })),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganizationUsersPage);
    fixture.componentRef.setInput('organizationId', '20');
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });
  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const testId = (id: string) => page().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const row = (userName: string) =>
    page().querySelector<HTMLElement>(`tr[data-user="${userName}"]`)!;
  const cells = (userName: string) =>
    [...row(userName).querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());
  const buttonIn = (root: ParentNode, name: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) => button.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
  const listRequest = () => backend.expectOne((r) => r.url === USERS && r.method === 'GET');

  async function flushList(users: unknown[], total = users.length): Promise<void> {
    listRequest().flush({ users, page: 1, page_size: 20, total_count: total });
    await fixture.whenStable();
  }
  /** Lets the dialog open or close (its events come after a macrotask), then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  async function dialogButton(name: string): Promise<HTMLButtonElement> {
    await settle();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog).withContext('the confirmation is open').not.toBeNull();
    return buttonIn(dialog!, name)!;
  }

  it('lists the users: name, email, role, status and sessions', async () => {
    expect(testId('users-summary')?.textContent).toBe('Loading users…');
    const request = listRequest();
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('page_size')).toBe('20');
    request.flush({ users: [ADMIN, BOSS, JDOE, NEWBIE], total_count: 4 });
    await fixture.whenStable();

    expect(page().querySelector('h2')?.textContent).toBe('Users');
    expect(testId('users-summary')?.textContent).toBe('4 users.');
    expect(cells('jdoe').slice(0, 6)).toEqual([
      'jdoe',
      'First jdoe',
      'jdoe@example.com',
      'User',
      'Active',
      '2',
    ]);
    expect(cells('boss').slice(3, 5)).toEqual(['Sys admin', 'Locked']);
    expect(cells('newbie').slice(4, 5)).toEqual(['Must change password']);
    expect(cells('admin').slice(3, 4)).toEqual(['Admin']);
  });

  it('offers no action on the signed-in admin’s own row (user names compared in any case)', async () => {
    await flushList([ADMIN, JDOE, BOSS]);
    expect(row('admin').querySelectorAll('button').length).toBe(0);
    expect(row('admin').textContent).toContain('Your own account');
    expect(buttonIn(row('jdoe'), 'Lock jdoe')).toBeDefined();
    expect(buttonIn(row('jdoe'), 'End sessions of jdoe')).toBeDefined();
    expect(buttonIn(row('boss'), 'Unlock boss')).toBeDefined();
  });

  it('locks after a confirmation; the row and the announcement follow the answer', async () => {
    await flushList([ADMIN, JDOE]);
    const lock = buttonIn(row('jdoe'), 'Lock jdoe')!;
    lock.click();
    (await dialogButton('Lock')).click();
    await settle();

    const request = backend.expectOne(`${USERS}/42/Lock`);
    expect(request.request.method).toBe('POST');
    expect(lock.getAttribute('aria-disabled')).toBe('true');
    expect(lock.textContent).toContain('Locking…');
    request.flush({ user: { ...JDOE, locked: true, active_sessions: 0 } });
    await fixture.whenStable();

    expect(cells('jdoe').slice(4, 6)).toEqual(['Locked', '0']);
    expect(testId('user-action-result')?.textContent?.trim()).toBe(
      'Locked jdoe: they cannot sign in, and their sessions were ended.',
    );
    expect(testId('user-action-result')?.getAttribute('role')).toBe('status');
    // The same button now unlocks, without a confirmation.
    expect(lock.textContent?.replace(/\s+/g, ' ').trim()).toBe('Unlock jdoe');
    lock.click();
    await fixture.whenStable();
    backend.expectOne(`${USERS}/42/Unlock`).flush({ user: JDOE });
    await fixture.whenStable();
    expect(cells('jdoe')[4]).toBe('Active');
    expect(testId('user-action-result')?.textContent?.trim()).toBe(
      'Unlocked jdoe: they can sign in again.',
    );
  });

  it('ends sessions only when confirmed, and says how many ended', async () => {
    await flushList([ADMIN, JDOE]);
    buttonIn(row('jdoe'), 'End sessions of jdoe')!.click();
    (await dialogButton('Cancel')).click();
    await settle();
    expect(backend.match(`${USERS}/42/EndSessions`)).toEqual([]);

    buttonIn(row('jdoe'), 'End sessions of jdoe')!.click();
    (await dialogButton('End sessions')).click();
    await settle();
    backend
      .expectOne(`${USERS}/42/EndSessions`)
      .flush({ user: { ...JDOE, active_sessions: 0 }, sessions_ended: 2 });
    await fixture.whenStable();
    expect(cells('jdoe')[5]).toBe('0');
    expect(testId('user-action-result')?.textContent?.trim()).toBe('Ended 2 sessions of jdoe.');
  });

  it('a refused action is an alert naming the user and the reason', async () => {
    await flushList([ADMIN, JDOE]);
    buttonIn(row('jdoe'), 'End sessions of jdoe')!.click();
    (await dialogButton('End sessions')).click();
    await settle();
    backend
      .expectOne(`${USERS}/42/EndSessions`)
      .flush(
        { error: { code: 'not_found', message: 'Not found.' } },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const alert = testId('user-action-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent?.trim()).toBe(
      'This user does not exist or is not one you administer.',
    );
  });

  it('another merchant never shows the previous one’s users, loading or failed', async () => {
    await flushList([ADMIN, JDOE]);
    fixture.componentRef.setInput('organizationId', '21');
    await fixture.whenStable();
    expect(page().querySelector('tr[data-user]')).toBeNull();
    expect(testId('users-summary')?.textContent).toBe('Loading users…');
    backend
      .expectOne((r) => r.url === USERS.replace('/20/', '/21/'))
      .flush(null, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(testId('users-error')?.textContent).toContain('does not exist');
    expect(page().querySelector('tr[data-user]')).toBeNull();
  });

  it('a failed load says so, with "Try again"', async () => {
    listRequest().flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    const error = testId('users-error')!;
    expect(error.textContent).toContain(
      'Loading the users failed: the portal could not reach the server.',
    );
    buttonIn(error, 'Try again')!.click();
    await flushList([ADMIN]);
    expect(testId('users-error')).toBeNull();
    expect(testId('users-summary')?.textContent).toBe('1 user.');
  });

  it('pages only when there is more than one page', async () => {
    await flushList([ADMIN, JDOE]);
    expect(page().querySelector('mat-paginator')).toBeNull();
    fixture.componentRef.setInput('page', '2');
    await fixture.whenStable();
    const request = listRequest();
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ users: [JDOE], page: 2, page_size: 20, total_count: 21 });
    await fixture.whenStable();
    expect(page().querySelector('mat-paginator')).not.toBeNull();
    expect(page().querySelector('caption')?.textContent?.trim()).toBe(
      'Users by user name, page 2 of 2',
    );
  });

  it('"Add a user" opens the form (focus in it), adds, reloads the list; Cancel closes it', async () => {
    await flushList([ADMIN]);
    const toggle = buttonIn(page(), 'Add a user')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const input = (name: string) =>
      page().querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`)!;
    expect(document.activeElement).toBe(input('userName'));

    const values = {
      userName: 'jsmith',
      temporaryPassword: 'Welcome-2026-x',
      firstName: 'John',
      lastName: 'Smith',
      primaryEmail: 'john@example.com',
    };
    for (const [name, value] of Object.entries(values)) {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input', { bubbles: true }));
    }
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
    const create = backend.expectOne((r) => r.url === USERS && r.method === 'POST');
    expect(create.request.body).toEqual({
      user_name: 'jsmith',
      temporary_password: 'Welcome-2026-x',
      first_name: 'John',
      last_name: 'Smith',
      primary_email: 'john@example.com',
    });
    create.flush({ user: user(45, 'jsmith') }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(testId('user-created')?.textContent).toContain('jsmith was created.');
    await flushList([ADMIN, user(45, 'jsmith')]);
    expect(row('jsmith')).not.toBeNull();
    input('userName').value = 'n';
    input('userName').dispatchEvent(new Event('input', { bubbles: true }));
    await fixture.whenStable();
    expect(testId('user-created')).toBeNull();

    buttonIn(page(), 'Cancel')!.click();
    await fixture.whenStable();
    expect(page().querySelector('mcm-add-user-form')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('checks availability when the user name is left', async () => {
    await flushList([ADMIN]);
    buttonIn(page(), 'Add a user')!.click();
    await fixture.whenStable();
    const name = page().querySelector<HTMLInputElement>('[formcontrolname="userName"]')!;
    name.value = 'admin';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    name.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    const check = backend.expectOne((r) => r.url.endsWith('/Users/Availability'));
    expect(check.request.params.get('user_name')).toBe('admin');
    check.flush({ available: false });
    await fixture.whenStable();
    expect(testId('user-name-availability')?.textContent?.trim()).toBe('Taken');
  });
});
