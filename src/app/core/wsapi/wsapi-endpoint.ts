import { inject } from '@angular/core';
import { RUNTIME_CONFIG } from '../config/runtime-config';

/** Thrown (and mapped to `not-configured`) when config.json gave no usable WSAPI address. */
export class WsapiNotConfiguredError extends Error {
  constructor() {
    super('The WSAPI is not configured');
  }
}

/** Builds absolute WSAPI URLs from the runtime configuration. Call in an injection context. */
export function injectWsapiUrl(): (resource: string) => string {
  const config = inject(RUNTIME_CONFIG);
  return (resource) => {
    if (!config) throw new WsapiNotConfiguredError();
    return `${config.wsapiOrigin}${config.wsapiBasePath}${resource}`;
  };
}
