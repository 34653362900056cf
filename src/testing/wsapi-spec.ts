import { HttpTestingController } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, ProviderToken } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideWsapiTesting } from './wsapi-testing';

/** What {@link setUpWsapiSpec} hands a spec: what it tests, and the fake WSAPI behind it. */
export interface WsapiSpec<T> {
  /** The service, store or effects host under test, from TestBed. */
  readonly subject: T;
  readonly backend: HttpTestingController;
}

/**
 * In a `beforeEach`: TestBed with {@link provideWsapiTesting} plus `providers` (a store, its
 * effects, the service itself when it is not provided in root), then `subject` and the
 * HttpTestingController injected. Pair it with `afterEach(() => backend.verify())`:
 * `beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(InventoryApi)));`
 */
export function setUpWsapiSpec<T>(
  subject: ProviderToken<T>,
  providers: readonly (Provider | EnvironmentProviders)[] = [],
): WsapiSpec<T> {
  TestBed.configureTestingModule({ providers: [provideWsapiTesting(), ...providers] });
  return { subject: TestBed.inject(subject), backend: TestBed.inject(HttpTestingController) };
}
