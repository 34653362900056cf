import { clerkConfiguration, merchantSignedIn } from '../../testing/auth-presets';
import { SHELL_ROUTES } from './shell.routes';
import { navItemsFor } from '../core/access/nav-items';

const labels = (account: Parameters<typeof navItemsFor>[1]) =>
  navItemsFor(SHELL_ROUTES, account).map((item) => item.label);

describe('navigation generated from the route table', () => {
  it('a merchant with every feature sees every merchant link, and no admin link', () => {
    expect(labels(merchantSignedIn().account)).toEqual([
      'Dashboard',
      'Virtual terminal',
      'Transactions',
      'Inventory',
      'Account settings',
    ]);
  });

  it('a clerk without virtual terminal or inventory sees neither link', () => {
    const items = labels(merchantSignedIn({ configuration: clerkConfiguration }).account);
    expect(items).not.toContain('Virtual terminal');
    expect(items).not.toContain('Inventory');
    expect(items).toContain('Transactions');
  });

  it('admins and sys-admins see Administration', () => {
    expect(labels(merchantSignedIn({ user: { isAdmin: true } }).account)).toContain(
      'Administration',
    );
    expect(labels(merchantSignedIn({ user: { isSysAdmin: true } }).account)).toContain(
      'Administration',
    );
  });

  it('links point at the routes that declare them', () => {
    const items = navItemsFor(SHELL_ROUTES, merchantSignedIn().account);
    expect(items.find((item) => item.label === 'Virtual terminal')?.path).toBe('/virtual-terminal');
  });

  it('every guarded route with a link declares its access in the same place the guard reads', () => {
    for (const route of SHELL_ROUTES.filter((r) => r.data?.['nav'])) {
      expect(route.canMatch?.length).withContext(String(route.path)).toBeGreaterThan(0);
    }
  });
});
