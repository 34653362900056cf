import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import { provideAuthState, signedInState, signedOutState } from '../../../testing/auth-presets';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import { BusinessName } from './business-name';

describe('BusinessName', () => {
  let http: HttpTestingController;
  let names: BusinessName;
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideAuthState(signedInState()),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: RUNTIME_CONFIG,
          useValue: { wsapiOrigin: 'https://wsapi.test', wsapiBasePath: '/WSAPI' },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    names = TestBed.inject(BusinessName);
    store = TestBed.inject(MockStore);
  });

  afterEach(() => http.verify());

  const current = () => http.expectOne('https://wsapi.test/WSAPI/Merchants/Current');

  it('asks once per session and keeps the answer', () => {
    expect(names.name()).toBeNull();
    names.load();
    names.load();
    current().flush({ organization_id: '8', name: '  Demo Merchant ' });
    expect(names.name()).toBe('Demo Merchant');
    names.load();
    http.expectNone('https://wsapi.test/WSAPI/Merchants/Current');
  });

  it('stays null (the caller falls back) when the name is empty or the request fails', () => {
    names.load();
    current().flush({ name: '' });
    expect(names.name()).toBeNull();

    store.setState({ auth: signedOutState() });
    TestBed.tick();
    store.setState({ auth: signedInState() });
    TestBed.tick();
    names.load();
    current().flush({ code: 'server_error' }, { status: 500, statusText: 'Server Error' });
    expect(names.name()).toBeNull();
  });
});
