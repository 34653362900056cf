import { BASE, useAdminPages } from '../admin-pages.testing';

describe('admin pages', () => {
  const page = useAdminPages();

  describe('audit log', () => {
    beforeEach(() => page.open());

    it('lists who did what, when, in words', async () => {
      await page.harness.navigateByUrl('/admin/audit-log');
      page.backend
        .expectOne((r) => r.url === `${BASE}/AuditLog`)
        .flush({
          entries: [
            {
              id: 3,
              at: '20261125101500',
              actor: { user_id: 4, user_name: 'admin' },
              action: 'user.end_sessions',
              organization_id: '20',
              target_user: { user_id: 9, user_name: 'jdoe' },
              details: { sessions_ended: 2 },
            },
          ],
          page: 1,
          page_size: 20,
          total_count: 1,
        });
      await page.settle();
      expect(page.text('audit-summary')).toBe('1 action recorded.');
      const row = page.harness.routeNativeElement!.querySelector('[data-testid="audit-entry"]')!;
      const cells = [...row.children].map((cell) => cell.textContent?.trim());
      expect(cells[1]).toBe('admin');
      expect(cells[2]).toBe('Ended a user’s sessions');
      expect(cells[3]).toBe('20');
      expect(cells[4]).toBe('jdoe');
      expect(cells[5]).toBe('sessions ended: 2');
      expect(cells[0]).toContain('2026');
    });
  });
});
