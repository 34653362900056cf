import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiErrors } from './errors.ts';
import { isWsapiRequest } from './paths.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `required` on login; elsewhere the key may be absent but, if present, must be registered. */
    apiKey?: 'required' | 'optional';
  }
}

/** [sandbox design] Accepted `X-Roam-ApiVersion` values: major version 6, written `6.x.y`. */
export const SUPPORTED_API_VERSION = /^6\.\d{1,4}\.\d{1,4}$/;

export interface ApiKeyRegistry {
  isRegistered(key: string): boolean;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

/** `application/json`, optionally with `charset=utf-8` (any case); nothing else. */
export function isJsonContentType(value: string): boolean {
  const [essence, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (essence !== 'application/json') return false;
  return params.every((param) => param === '' || /^charset="?utf-8"?$/.test(param));
}

/** The Roam header checks of CONTRACT §1, in the contract's order, on every `/WSAPI/*` request. */
export function installRoamHeaderChecks(app: FastifyInstance, apiKeys: ApiKeyRegistry): void {
  app.addHook('onRequest', async (request) => {
    if (!isWsapiRequest(request)) return;
    const version = header(request, 'x-roam-apiversion');
    if (version === undefined) throw apiErrors.missingHeader('X-Roam-ApiVersion');
    if (!SUPPORTED_API_VERSION.test(version)) throw apiErrors.unsupportedApiVersion();
    if (header(request, 'x-roam-clientversion') === undefined)
      throw apiErrors.missingHeader('X-Roam-ClientVersion');
    const contentType = header(request, 'content-type');
    if (contentType === undefined) throw apiErrors.missingHeader('Content-Type');
    if (!isJsonContentType(contentType)) throw apiErrors.unsupportedMediaType();
    const key = header(request, 'x-roam-key');
    if (key === undefined) {
      if (request.routeOptions.config?.apiKey === 'required')
        throw apiErrors.missingHeader('X-Roam-Key');
    } else if (!apiKeys.isRegistered(key)) {
      throw apiErrors.invalidApiKey();
    }
  });
}
