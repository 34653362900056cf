import { HttpTestingController } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, ProviderToken } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideWsapiTesting } from './wsapi-testing';

/** What an API service's spec works with: the service and the WSAPI behind it. */
export interface ApiTestbed<A> {
  /** The service under test, injected afresh for each spec. */
  readonly api: A;
  /** The HttpTestingController the service's requests reach; verified after each spec. */
  readonly backend: HttpTestingController;
}

/**
 * For the `describe` of an API service's spec: before each spec, TestBed with
 * `provideWsapiTesting()` (and `providers`), the service and its backend; after each spec, the
 * backend is verified (no request left unanswered). Read `testbed.api` and `testbed.backend`
 * inside the specs.
 */
export function useApiTestbed<A>(
  service: ProviderToken<A>,
  providers: readonly (Provider | EnvironmentProviders)[] = [],
): ApiTestbed<A> {
  const testbed = {} as { api: A; backend: HttpTestingController };
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideWsapiTesting(), ...providers] });
    testbed.api = TestBed.inject(service);
    testbed.backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => testbed.backend.verify());
  return testbed;
}
