import { HttpTestingController } from '@angular/common/http/testing';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { auditEntry } from './admin-pages.testing';
import { AuditEntry, Page } from './admin.model';
import { OrganizationsApi } from './organizations-api';

const BASE = 'https://api.example.com/WSAPI';

describe('OrganizationsApi', () => {
  let api: OrganizationsApi;
  let backend: HttpTestingController;
  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(OrganizationsApi)));
  afterEach(() => backend.verify());

  it('lists a page of organizations for a trimmed search', () => {
    let result: unknown;
    api.list({ q: '  bakery ', page: 2, pageSize: 20 }).subscribe((page) => (result = page));
    const request = backend.expectOne((r) => r.url === `${BASE}/Organizations`);
    expect(request.request.params.get('q')).toBe('bakery');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('page_size')).toBe('20');
    request.flush({
      organizations: [
        {
          organization_id: '21',
          parent_organization_id: '20',
          name: 'Demo Submerchant',
          organization_type: 'merchant',
          status: 'active',
          chain_id: '700',
          store_id: 2,
          terminal_id: '1',
          processor: { name: 'Vantiv', processor_profile: 'vantiv_profile1' },
        },
      ],
      page: 2,
      page_size: 20,
      total_count: 21,
      total_pages: 2,
    });
    expect(result).toEqual({
      items: [
        {
          organizationId: '21',
          parentOrganizationId: '20',
          name: 'Demo Submerchant',
          organizationType: 'merchant',
          status: 'active',
          chainId: '700',
          storeId: '2',
          terminalId: '1',
          processor: { name: 'Vantiv', profile: 'vantiv_profile1' },
        },
      ],
      page: 2,
      pageSize: 20,
      totalCount: 21,
    });
  });

  it('sends no q when the search is blank, and survives a malformed body', () => {
    let result: unknown;
    api.list({ q: '   ', page: 1, pageSize: 50 }).subscribe((page) => (result = page));
    const request = backend.expectOne((r) => r.url === `${BASE}/Organizations`);
    expect(request.request.params.has('q')).toBeFalse();
    request.flush({ organizations: 'nope', total_count: -3 });
    expect(result).toEqual({ items: [], page: 1, pageSize: 50, totalCount: 0 });
  });

  it('reads one organization with its parent and submerchants, the id encoded', () => {
    let result: unknown;
    api.get('8/../1').subscribe((detail) => (result = detail));
    backend.expectOne(`${BASE}/Organizations/8%2F..%2F1`).flush({ organization_id: '8' });
    api.get('20').subscribe((detail) => (result = detail));
    backend.expectOne(`${BASE}/Organizations/20`).flush({
      organization_id: '20',
      parent_organization_id: null,
      name: 'Demo Parent Merchant',
      organization_type: 'merchant',
      status: 'active',
      chain_id: '700',
      store_id: '1',
      terminal_id: '1',
      processor: null,
      parent: null,
      submerchant_ids: ['21', 22],
    });
    expect(result).toEqual(
      jasmine.objectContaining({
        organizationId: '20',
        parentOrganizationId: null,
        processor: null,
        parent: null,
        submerchantIds: ['21', '22'],
      }),
    );
  });

  it('reads the audit log, its times as instants', () => {
    let result: Page<AuditEntry> | undefined;
    api.auditLog({ page: 1, pageSize: 20 }).subscribe((page) => (result = page));
    backend
      .expectOne((r) => r.url === `${BASE}/AuditLog`)
      .flush({
        entries: [
          auditEntry(7, 'user.lock'),
          { id: 8, at: 'yesterday', actor: null, action: 'user.create', target_user: null },
        ],
        page: 1,
        page_size: 20,
        total_count: 2,
      });
    expect(result?.items[0]).toEqual({
      id: '7',
      at: new Date(Date.UTC(2026, 10, 25, 10, 15, 0)),
      actorUserName: 'admin',
      action: 'user.lock',
      organizationId: '20',
      targetUserName: 'jdoe',
      details: {},
    });
    expect(result?.items[1].at).toBeNull();
  });
});
