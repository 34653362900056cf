import { HttpClient, HttpHeaders, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { CLIENT_VERSION } from '../config/client-version';
import { RUNTIME_CONFIG, RuntimeConfig } from '../config/runtime-config';
import { roamHeadersInterceptor } from './roam-headers-interceptor';
import { WSAPI_SESSION } from './wsapi-session';
import { TEST_RUNTIME_CONFIG } from '../../../testing/wsapi-testing';

const config: RuntimeConfig = { ...TEST_RUNTIME_CONFIG, applicationKey: 'APP6-key' };
const ROAM = ['X-Roam-Key', 'X-Roam-ApiVersion', 'X-Roam-ClientVersion', 'X-Roam-Token'];

describe('CLIENT_VERSION', () => {
  it('is the package version', () => {
    expect(CLIENT_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('roamHeadersInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let token: WritableSignal<string | null>;

  function setUp(runtimeConfig: RuntimeConfig | null): void {
    token = signal<string | null>('MCM6-token');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([roamHeadersInterceptor])),
        provideHttpClientTesting(),
        { provide: RUNTIME_CONFIG, useValue: runtimeConfig },
        {
          provide: WSAPI_SESSION,
          useValue: { token, refreshAfterUnauthorized: () => of({ token: null, sentPut: false }) },
        },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  }

  afterEach(() => backend.verify());

  function headersOf(
    url: string,
    method: 'GET' | 'POST' | 'PUT' = 'GET',
    callerToken?: string,
  ): HttpHeaders {
    const headers = callerToken ? new HttpHeaders({ 'X-Roam-Token': callerToken }) : undefined;
    http.request(method, url, { body: method === 'GET' ? null : {}, headers }).subscribe();
    const request = backend.expectOne(url);
    request.flush({});
    return request.request.headers;
  }

  it('stamps every Roam header and the token on a WSAPI call while signed in', () => {
    setUp(config);
    const headers = headersOf('https://api.example.com/WSAPI/Transactions');
    expect(headers.get('X-Roam-Key')).toBe('APP6-key');
    expect(headers.get('X-Roam-ApiVersion')).toBe('6.0.0');
    expect(headers.get('X-Roam-ClientVersion')).toBe(CLIENT_VERSION);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('X-Roam-Token')).toBe('MCM6-token');
  });

  it('sends no token when signed out, but still the other headers', () => {
    setUp(config);
    token.set(null);
    const headers = headersOf('https://api.example.com/WSAPI/Transactions');
    expect(headers.has('X-Roam-Token')).toBeFalse();
    expect(headers.get('X-Roam-Key')).toBe('APP6-key');
  });

  it('never sends a token with the sign-in POST, even one set by the caller', () => {
    setUp(config);
    const headers = headersOf('https://api.example.com/wsapi/authentication/', 'POST', 'stale');
    expect(headers.has('X-Roam-Token')).toBeFalse();
    expect(headers.get('X-Roam-Key')).toBe('APP6-key');
  });

  it('keeps a token the caller set explicitly (refresh and sign-out)', () => {
    setUp(config);
    const headers = headersOf(
      'https://api.example.com/WSAPI/Authentication',
      'PUT',
      'MCM6-explicit',
    );
    expect(headers.get('X-Roam-Token')).toBe('MCM6-explicit');
  });

  for (const url of [
    'https://api.example.com.evil.test/WSAPI/Transactions',
    'https://evil.test/WSAPI/Transactions',
    'http://api.example.com/WSAPI/Transactions',
    'https://api.example.com:8443/WSAPI/Transactions',
    'https://api.example.com/WSAPIX/Transactions',
    'https://api.example.com/other/WSAPI/Transactions',
    'https://cdn.example.com/app.js',
    '/WSAPI/Transactions',
  ]) {
    it(`adds no header at all to ${url}`, () => {
      setUp(config);
      const headers = headersOf(url);
      for (const name of ROAM) expect(headers.has(name)).withContext(name).toBeFalse();
    });
  }

  it('adds nothing anywhere when there is no configuration', () => {
    setUp(null);
    const headers = headersOf('https://api.example.com/WSAPI/Transactions');
    for (const name of [...ROAM, 'Content-Type'])
      expect(headers.has(name)).withContext(name).toBeFalse();
  });
});
