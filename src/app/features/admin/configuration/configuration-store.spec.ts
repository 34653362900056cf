import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { ConfigurationStore } from './configuration-store';

const url = (id: string) => `https://api.example.com/WSAPI/Organizations/${id}/Configuration`;
const MAP = { 'component.access.virtual_terminal': true, 'security.session_timeout.mobile': 15 };

describe('ConfigurationStore', () => {
  let store: ConfigurationStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideWsapiTesting(), ConfigurationStore],
    });
    store = TestBed.inject(ConfigurationStore);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  function loaded(id = '8'): void {
    store.load(id);
    backend.expectOne(url(id)).flush({ organization_id: id, configuration: MAP });
  }

  it('loads an organization’s configuration, loading meanwhile', () => {
    store.load('8');
    expect(store.loading()).toBeTrue();
    backend.expectOne(url('8')).flush({ organization_id: '8', configuration: MAP });
    expect(store.loading()).toBeFalse();
    expect<unknown>(store.configuration()).toEqual(MAP);
    expect(store.loadError()).toBeNull();
  });

  it('another organization never shows the previous one’s map, loading or failed', () => {
    loaded('8');
    store.load('20');
    expect(store.configuration()).toBeNull();
    backend.expectOne(url('20')).flush(null, { status: 404, statusText: 'Not Found' });
    expect(store.configuration()).toBeNull();
    expect(store.loadError()).toEqual({ kind: 'not-found' });
    store.load('20');
    backend.expectOne(url('20')).flush({ organization_id: '20', configuration: MAP });
    expect<unknown>(store.configuration()).toEqual(MAP);
  });

  it('a failed load is a typed error, and reload asks again', () => {
    store.load('8');
    backend.expectOne(url('8')).flush(null, { status: 404, statusText: 'Not Found' });
    expect(store.loadError()).toEqual({ kind: 'not-found' });
    store.reload();
    backend.expectOne(url('8')).flush({ configuration: MAP });
    expect(store.loadError()).toBeNull();
    expect<unknown>(store.configuration()).toEqual(MAP);
  });

  it('saves only the changes given, then shows the whole map the server answered', () => {
    loaded();
    store.save({ 'component.access.virtual_terminal': false });
    expect(store.saveStatus()).toBe('saving');
    const request = backend.expectOne(url('8'));
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      configuration: { 'component.access.virtual_terminal': false },
    });
    request.flush({ configuration: { ...MAP, 'component.access.virtual_terminal': false } });
    expect(store.saveStatus()).toBe('saved');
    expect(store.savedCount()).toBe(1);
    expect(store.configuration()?.['component.access.virtual_terminal']).toBeFalse();
  });

  it('sends nothing when there is nothing to change, or while a save is on its way', () => {
    loaded();
    store.save({});
    backend.expectNone(url('8'));
    store.save({ 'security.session_timeout.mobile': 20 });
    store.save({ 'security.session_timeout.mobile': 30 });
    const requests = backend.match(url('8'));
    expect(requests.length).toBe(1);
    requests[0].flush({ configuration: { ...MAP, 'security.session_timeout.mobile': 20 } });
  });

  it('a refused save is a typed error (the field named), never retried; the map stays', () => {
    loaded();
    store.save({ 'component.access.virtual_terminal': false });
    backend.expectOne(url('8')).flush(
      {
        error: {
          code: 'invalid_request',
          message: 'component.access.virtual_terminal must stay a boolean.',
          field: 'component.access.virtual_terminal',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(store.saveStatus()).toBe('failed');
    expect(store.saveError()).toEqual({
      kind: 'invalid-request',
      code: 'invalid_request',
      field: 'component.access.virtual_terminal',
      message: 'component.access.virtual_terminal must stay a boolean.',
    });
    expect<unknown>(store.configuration()).toEqual(MAP);
    backend.expectNone(url('8'));
  });

  it('a 403 from the server (not a system administrator) is "forbidden"', () => {
    loaded();
    store.save({ 'component.access.virtual_terminal': false });
    backend
      .expectOne(url('8'))
      .flush(
        { error: { code: 'forbidden', message: 'No.' } },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(store.saveError()).toEqual({ kind: 'forbidden', code: 'forbidden' });
  });

  it('loading another organization forgets a save still on its way for the previous one', () => {
    loaded('8');
    store.save({ 'component.access.virtual_terminal': false });
    const save = backend.expectOne(url('8'));
    store.load('20');
    expect(save.cancelled).toBeTrue();
    expect(store.saveStatus()).toBe('idle');
    backend.expectOne(url('20')).flush({ configuration: { 'processing.config.tip': true } });
    expect<unknown>(store.configuration()).toEqual({ 'processing.config.tip': true });
  });
});
