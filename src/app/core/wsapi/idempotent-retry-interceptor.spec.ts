import {
  HttpClient,
  HttpErrorResponse,
  HttpHeaders,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { useFakeTime } from '../../../testing/fake-time';
import { TEST_RUNTIME_CONFIG } from '../../../testing/wsapi-testing';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import {
  MAX_RETRIES,
  idempotentRetryInterceptor,
  retryDelayMs,
} from './idempotent-retry-interceptor';

const URL = 'https://api.example.com/WSAPI/Users/Terms';
const unavailable = { status: 503, statusText: 'Unavailable' };

describe('idempotentRetryInterceptor', () => {
  const time = useFakeTime();
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([idempotentRetryInterceptor])),
        provideHttpClientTesting(),
        { provide: RUNTIME_CONFIG, useValue: TEST_RUNTIME_CONFIG },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('retries a GET after a 503 with backoff, and succeeds', () => {
    let body: unknown;
    http.get(URL).subscribe((value) => (body = value));
    backend.expectOne(URL).flush(null, unavailable);
    backend.expectNone(URL);
    time.advance(10_000);
    backend.expectOne(URL).flush({ ok: true });
    expect(body).toEqual({ ok: true });
  });

  it('retries after a dropped connection, then gives up after three retries', () => {
    let failure: HttpErrorResponse | undefined;
    http.get(URL).subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      backend.expectOne(URL).error(new ProgressEvent('error'));
      time.advance(10_000);
    }
    expect(failure?.status).toBe(0);
  });

  it('never retries a POST, PUT or DELETE', () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      let failed = false;
      http.request(method, URL, { body: {} }).subscribe({ error: () => (failed = true) });
      backend.expectOne({ method, url: URL }).flush(null, unavailable);
      time.advance(10_000);
      backend.expectNone({ method, url: URL });
      expect(failed).withContext(method).toBeTrue();
    }
  });

  it('does not retry answers that will not change (400, 401, 403, 404, 500)', () => {
    for (const status of [400, 401, 403, 404, 500]) {
      let failed = false;
      http.get(URL).subscribe({ error: () => (failed = true) });
      backend.expectOne(URL).flush(null, { status, statusText: 'No' });
      time.advance(10_000);
      backend.expectNone(URL);
      expect(failed).withContext(String(status)).toBeTrue();
    }
  });

  it('leaves calls to other origins alone', () => {
    http.get('https://other.example.com/WSAPI/x').subscribe({ error: () => undefined });
    backend.expectOne('https://other.example.com/WSAPI/x').flush(null, unavailable);
    time.advance(10_000);
    backend.expectNone('https://other.example.com/WSAPI/x');
  });

  it('backs off exponentially with jitter, and honours Retry-After up to 5 s', () => {
    const plain = new HttpErrorResponse({ status: 503 });
    expect(retryDelayMs(1, plain, () => 0.5)).toBe(400);
    expect(retryDelayMs(2, plain, () => 0.5)).toBe(800);
    expect(retryDelayMs(3, plain, () => 0)).toBe(1280);
    expect(retryDelayMs(10, plain, () => 1)).toBe(5_000);
    const headers = (value: string) =>
      new HttpErrorResponse({ status: 503, headers: new HttpHeaders({ 'Retry-After': value }) });
    expect(retryDelayMs(1, headers('2'))).toBe(2_000);
    expect(retryDelayMs(1, headers('60'))).toBe(5_000);
  });
});
