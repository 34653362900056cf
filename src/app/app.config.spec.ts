import { HttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { wsapiHttpClient } from './app.config';
import { RUNTIME_CONFIG, RuntimeConfig } from './core/config/runtime-config';

const config: RuntimeConfig = {
  wsapiOrigin: 'https://api.example.com',
  wsapiBasePath: '/WSAPI',
  applicationKey: 'APP6-key',
  apiVersion: '6.0.0',
};

describe('the portal’s HttpClient', () => {
  let http: HttpClient;
  let xhrAbort: jasmine.Spy;
  let controllerAbort: jasmine.Spy;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [wsapiHttpClient, { provide: RUNTIME_CONFIG, useValue: config }],
    });
    http = TestBed.inject(HttpClient);
    xhrAbort = spyOn(XMLHttpRequest.prototype, 'abort').and.callThrough();
    controllerAbort = spyOn(AbortController.prototype, 'abort').and.callThrough();
  });

  // A real request to the page Karma serves: the browser's own networking, no testing backend.
  it('does not abort a request that has completed (the browser would log it as cancelled)', async () => {
    const page = await firstValueFrom(http.get(location.href, { responseType: 'text' }));
    expect(page.length).toBeGreaterThan(0);
    expect(xhrAbort).not.toHaveBeenCalled();
    expect(controllerAbort).not.toHaveBeenCalled();
  });

  it('still aborts a request nobody waits for any more', () => {
    http.get(location.href, { responseType: 'text' }).subscribe().unsubscribe();
    expect(xhrAbort.calls.count() + controllerAbort.calls.count()).toBe(1);
  });
});
