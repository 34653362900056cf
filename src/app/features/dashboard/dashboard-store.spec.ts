import { HttpTestingController } from '@angular/common/http/testing';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { DashboardStore } from './dashboard-store';

const SUMMARY = 'https://api.example.com/WSAPI/Transactions/Summary';

describe('DashboardStore', () => {
  let store: DashboardStore;
  let backend: HttpTestingController;

  beforeEach(
    () => ({ subject: store, backend } = setUpWsapiSpec(DashboardStore, [DashboardStore])),
  );
  afterEach(() => backend.verify());

  it('asks for nothing until told to load', () => {
    backend.expectNone(() => true);
    expect(store.loading()).toBeFalse();
    expect(store.summary()).toBeNull();
  });

  it('loads the summary for the time zone, loading meanwhile', () => {
    store.load('America/Toronto');
    expect(store.loading()).toBeTrue();
    const request = backend.expectOne((r) => r.url === SUMMARY);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('time_zone')).toBe('America/Toronto');
    request.flush({ currency: 'CAD', today: { sales_total: 100 } });
    expect(store.loading()).toBeFalse();
    expect(store.summary()?.today.salesTotal).toBe(100);
    expect(store.error()).toBeNull();
  });

  it('a failure is a typed error; the figures already shown stay', () => {
    store.load('UTC');
    backend.expectOne((r) => r.url === SUMMARY).flush({ today: { sales_total: 100 } });
    store.load('UTC');
    backend
      .expectOne((r) => r.url === SUMMARY)
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    expect(store.error()).toEqual({ kind: 'server', status: 503 });
    expect(store.summary()?.today.salesTotal).toBe(100);
    expect(store.loading()).toBeFalse();
  });

  it('a newer load replaces one still on its way', () => {
    store.load('UTC');
    store.load('UTC');
    const [first, second] = backend.match((r) => r.url === SUMMARY);
    expect(first.cancelled).toBeTrue();
    second.flush({ today: { sales_total: 7 } });
    expect(store.summary()?.today.salesTotal).toBe(7);
  });
});
