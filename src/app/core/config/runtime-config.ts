import { InjectionToken, Provider } from '@angular/core';

/**
 * Deployment settings read at start-up from `config.json` (served next to index.html), so one
 * static build serves every environment. Never a literal in a component: inject RUNTIME_CONFIG.
 */
export interface RuntimeConfig {
  /** Origin of the WSAPI, e.g. `https://mcm.example.com` (parsed, never compared as a string prefix). */
  readonly wsapiOrigin: string;
  /** Path under that origin, without a trailing slash, e.g. `/WSAPI`. */
  readonly wsapiBasePath: string;
  /** `X-Roam-Key`: the application key for this client and environment. */
  readonly applicationKey: string;
  /** `X-Roam-ApiVersion`, e.g. `6.0.0`. */
  readonly apiVersion: string;
}

/** `null` when config.json is missing or invalid: the portal then sends no Roam headers at all. */
export const RUNTIME_CONFIG = new InjectionToken<RuntimeConfig | null>('RUNTIME_CONFIG', {
  providedIn: 'root',
  factory: () => null,
});

export type RuntimeConfigResult =
  | { readonly ok: true; readonly config: RuntimeConfig }
  | { readonly ok: false; readonly problem: string };

const API_VERSION = /^\d+\.\d+\.\d+$/;

/** Validates the raw JSON of config.json; relative WSAPI URLs resolve against `baseUrl`. */
export function parseRuntimeConfig(raw: unknown, baseUrl: string): RuntimeConfigResult {
  if (typeof raw !== 'object' || raw === null) {
    return { ok: false, problem: 'config.json is not a JSON object' };
  }
  const { wsapiBaseUrl, applicationKey, apiVersion } = raw as Record<string, unknown>;
  if (typeof wsapiBaseUrl !== 'string' || wsapiBaseUrl.trim() === '') {
    return { ok: false, problem: 'wsapiBaseUrl is missing' };
  }
  if (typeof applicationKey !== 'string' || applicationKey.trim() === '') {
    return { ok: false, problem: 'applicationKey is missing' };
  }
  if (typeof apiVersion !== 'string' || !API_VERSION.test(apiVersion)) {
    return { ok: false, problem: 'apiVersion must look like 6.0.0' };
  }
  let url: URL;
  try {
    url = new URL(wsapiBaseUrl, baseUrl);
  } catch {
    return { ok: false, problem: 'wsapiBaseUrl is not a valid URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'wsapiBaseUrl must use http or https' };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, problem: 'wsapiBaseUrl must not carry a query, fragment or credentials' };
  }
  return {
    ok: true,
    config: {
      wsapiOrigin: url.origin,
      wsapiBasePath: url.pathname.replace(/\/+$/, ''),
      applicationKey: applicationKey.trim(),
      apiVersion,
    },
  };
}

/** Fetches and validates config.json before bootstrap. Never throws. */
export async function loadRuntimeConfig(
  baseUrl: string,
  fetchFn: typeof fetch = fetch,
): Promise<RuntimeConfigResult> {
  try {
    const response = await fetchFn(new URL('config.json', baseUrl).href, { cache: 'no-cache' });
    if (!response.ok) {
      return { ok: false, problem: `config.json could not be loaded (HTTP ${response.status})` };
    }
    return parseRuntimeConfig(await response.json(), baseUrl);
  } catch {
    return { ok: false, problem: 'config.json could not be loaded or is not valid JSON' };
  }
}

/** Why config.json was rejected, for the login page to say; `null` when it is fine. */
export const RUNTIME_CONFIG_PROBLEM = new InjectionToken<string | null>('RUNTIME_CONFIG_PROBLEM', {
  providedIn: 'root',
  factory: () => null,
});

export function provideRuntimeConfig(result: RuntimeConfigResult): Provider[] {
  return [
    { provide: RUNTIME_CONFIG, useValue: result.ok ? result.config : null },
    { provide: RUNTIME_CONFIG_PROBLEM, useValue: result.ok ? null : result.problem },
  ];
}
