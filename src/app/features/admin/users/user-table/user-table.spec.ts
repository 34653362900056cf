import { renderOnPhone } from '../../../../shared/stacked-list/stacked-list.testing';
import { OrganizationUser } from '../users.model';
import { UserActionRequest, UserTable } from './user-table';

const user = (userId: string, userName: string, extra: Partial<OrganizationUser> = {}) => ({
  userId,
  organizationId: '20',
  userName,
  firstName: 'First',
  lastName: userName,
  primaryEmail: `${userName}@example.com`,
  isAdmin: false,
  isSysAdmin: false,
  locked: false,
  changePasswordRequired: false,
  activeSessions: 0,
  ...extra,
});
const ADMIN = user('5', 'admin', { isAdmin: true, activeSessions: 1 });
const JDOE = user('42', 'jdoe', { activeSessions: 2 });
const BOSS = user('44', 'boss', { locked: true });

describe('UserTable on a phone', () => {
  async function render(pending: Record<string, string> = {}) {
    const phone = await renderOnPhone(UserTable, {
      users: [ADMIN, JDOE, BOSS],
      caption: 'Users by user name, page 1 of 1',
      ownUserName: 'Admin',
      pending,
    });
    const requested: UserActionRequest[] = [];
    phone.fixture.componentInstance.actionRequested.subscribe((request) => requested.push(request));
    const row = (userName: string) =>
      phone.element.querySelector<HTMLElement>(`[role="listitem"][data-user="${userName}"]`)!;
    return { ...phone, requested, row };
  }

  it('stacks the users, with no table: name, who they are, status on the right', async () => {
    const { element, row, rows } = await render();
    expect(element.querySelector('table')).toBeNull();
    expect(rows().length).toBe(3);
    const jdoe = row('jdoe');
    expect(jdoe.textContent).toContain('jdoe@example.com');
    expect(jdoe.querySelector('[data-testid="user-sessions"]')!.textContent?.trim()).toBe(
      '2 active sessions',
    );
    expect(jdoe.querySelector('[data-testid="user-status"]')!.textContent?.trim()).toBe('Active');
    expect(row('boss').querySelector('[data-testid="user-status"]')!.textContent?.trim()).toBe(
      'Locked',
    );
  });

  it('offers no actions on the signed-in user’s own row', async () => {
    const { row } = await render();
    expect(row('admin').textContent).toContain('(you)');
    expect(row('admin').querySelector('button')).toBeNull();
  });

  it('asks for Lock or Unlock and End sessions from the row’s "Actions for <user>" menu', async () => {
    const { row, openActions, requested } = await render();
    expect(row('jdoe').querySelector('button')!.getAttribute('aria-label')).toBe(
      'Actions for jdoe',
    );
    const [lock, endSessions] = await openActions(row('jdoe'));
    expect([lock, endSessions].map((item) => item.textContent?.trim())).toEqual([
      'Lock',
      'End sessions',
    ]);
    endSessions.click();
    const [unlock] = await openActions(row('boss'));
    expect(unlock.textContent?.trim()).toBe('Unlock');
    unlock.click();
    expect(requested.map(({ action, user }) => `${action} ${user.userName}`)).toEqual([
      'end-sessions jdoe',
      'unlock boss',
    ]);
  });

  it('says what is under way and asks for nothing more meanwhile', async () => {
    const { row, openActions, requested } = await render({ '42': 'lock' });
    const items = await openActions(row('jdoe'));
    expect(items.map((item) => item.textContent?.trim())).toEqual(['Locking…', 'End sessions']);
    expect(items.every((item) => item.getAttribute('aria-disabled') === 'true')).toBeTrue();
    items[1].click();
    expect(requested).toEqual([]);
  });
});
