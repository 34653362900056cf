import { auditEntry, useAdminPages } from '../admin-pages.testing';

describe('admin pages', () => {
  const page = useAdminPages();

  const ENTRY = auditEntry(3, 'user.end_sessions', { details: { sessions_ended: 2 } });
  const ONE_ENTRY = { entries: [ENTRY], page: 1, page_size: 20, total_count: 1 };

  describe('audit log', () => {
    beforeEach(() => page.open());

    it('lists who did what, when, in words', async () => {
      await page.visit('/admin/audit-log', '/AuditLog', ONE_ENTRY);
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

  describe('audit log on a phone', () => {
    beforeEach(() => page.openOnPhone());

    it('stacks the entries, with no table: what was done, then when, who, where and to whom', async () => {
      await page.visit('/admin/audit-log', '/AuditLog', ONE_ENTRY);
      const root = page.harness.routeNativeElement!;
      expect(root.querySelector('table')).toBeNull();
      const row = root.querySelector('[data-testid="audit-list"] > [data-testid="audit-entry"]')!;
      const [title, ...facts] = [...row.querySelectorAll('.title, .meta > *')].map((part) =>
        part.textContent?.replace(/\s+/g, ' ').trim(),
      );
      expect(title).toBe('Ended a user’s sessions');
      expect(facts[0]).toContain('2026');
      expect(facts.slice(1)).toEqual(['By admin', 'Merchant 20', 'User jdoe', 'sessions ended: 2']);
      expect(row.querySelector('a')?.getAttribute('href')).toBe('/admin/merchants/20');
    });
  });
});
