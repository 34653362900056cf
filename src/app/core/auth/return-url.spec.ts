import { DEFAULT_SIGNED_IN_URL, safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('sends the user to the dashboard by default', () => {
    expect(DEFAULT_SIGNED_IN_URL).toBe('/dashboard');
  });

  it('keeps an in-app path with its query and fragment', () => {
    expect(safeReturnUrl('/transactions?page=2#x')).toBe('/transactions?page=2#x');
  });

  it('keeps a nested in-app path', () => {
    expect(safeReturnUrl('/settings/users/42')).toBe('/settings/users/42');
  });

  it('normalises dot-segments that stay in the app', () => {
    expect(safeReturnUrl('/transactions/../reports')).toBe('/reports');
  });

  it('falls back to the dashboard without a return URL', () => {
    expect(safeReturnUrl(null)).toBe('/dashboard');
    expect(safeReturnUrl(undefined)).toBe('/dashboard');
    expect(safeReturnUrl('')).toBe('/dashboard');
  });

  const offSite: [string, string][] = [
    ['an absolute URL', 'https://evil.test'],
    ['an absolute URL with a path', 'https://evil.test/transactions'],
    ['a protocol-relative URL', '//evil.test'],
    ['a backslash trick', '/\\evil.test'],
    ['a backslash later in the path', '/transactions\\..\\..\\evil'],
    ['a tab hidden between the slashes', '/\t/evil.test'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ];
  for (const [what, candidate] of offSite) {
    it(`refuses ${what} (${JSON.stringify(candidate)})`, () => {
      expect(safeReturnUrl(candidate)).toBe('/dashboard');
    });
  }

  it('refuses the sign-in page itself, however it is written', () => {
    expect(safeReturnUrl('/login')).toBe('/dashboard');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/dashboard');
    expect(safeReturnUrl('/login#top')).toBe('/dashboard');
    expect(safeReturnUrl('/login/')).toBe('/dashboard');
    expect(safeReturnUrl('/transactions/../login')).toBe('/dashboard');
    expect(safeReturnUrl('/%2e%2e/login')).toBe('/dashboard');
  });

  it('does not mistake a page that merely starts with "login" for the sign-in page', () => {
    expect(safeReturnUrl('/login-help')).toBe('/login-help');
  });

  it('refuses a relative path rather than guessing where it points', () => {
    expect(safeReturnUrl('dashboard')).toBe('/dashboard');
    expect(safeReturnUrl('transactions')).toBe('/dashboard');
    expect(safeReturnUrl('./transactions')).toBe('/dashboard');
  });
});

describe('safeReturnUrl and the sign-in page', () => {
  it('never returns to /login, with matrix parameters or in another case', () => {
    expect(safeReturnUrl('/login;x=1')).toBe('/dashboard');
    expect(safeReturnUrl('/LOGIN')).toBe('/dashboard');
  });
});
