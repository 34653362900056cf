import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { RUNTIME_CONFIG, RuntimeConfig } from '../app/core/config/runtime-config';

/** The runtime config most specs run with: a WSAPI at {@link TEST_WSAPI_BASE}, key `k`. */
export const TEST_RUNTIME_CONFIG: RuntimeConfig = Object.freeze({
  wsapiOrigin: 'https://api.example.com',
  wsapiBasePath: '/WSAPI',
  applicationKey: 'k',
  apiVersion: '6.0.0',
});

/** Origin plus base path of {@link TEST_RUNTIME_CONFIG}: the prefix of every expected request URL. */
export const TEST_WSAPI_BASE = 'https://api.example.com/WSAPI';

/**
 * A plain HttpClient (no interceptors) backed by HttpTestingController, with
 * {@link TEST_RUNTIME_CONFIG} as RUNTIME_CONFIG. Specs that need interceptors or another config
 * provide those themselves.
 */
export function provideWsapiTesting(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    { provide: RUNTIME_CONFIG, useValue: TEST_RUNTIME_CONFIG },
  ];
}
