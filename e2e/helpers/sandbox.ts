import { APIRequestContext } from '@playwright/test';

/** The seed's headers, as a client that follows the contract sends them. */
export const roamHeaders = {
  'X-Roam-Key': 'APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391',
  'X-Roam-ApiVersion': '6.0.0',
  'X-Roam-ClientVersion': '1.0.0',
  'Content-Type': 'application/json',
};

export const demoPassword = 'Sandbox!2026';

/**
 * Test controls other than GET need a JSON Content-Type (so a cross-site page cannot call them);
 * Playwright adds it for a `data` object, and this is for the calls without a body.
 */
export const controlHeaders = { 'Content-Type': 'application/json' };

/** Puts the sandbox back to its seed (users, sessions, lockouts, clock, faults). */
export async function resetSandbox(request: APIRequestContext): Promise<void> {
  const response = await request.post('/__sandbox/reset', { headers: controlHeaders });
  if (!response.ok()) throw new Error(`sandbox reset failed: ${response.status()}`);
}

/** Moves the sandbox's clock forward (sessions, lockouts and expiry all read it). */
export async function advanceSandboxClock(
  request: APIRequestContext,
  seconds: number,
): Promise<void> {
  const response = await request.post('/__sandbox/clock', { data: { advance_seconds: seconds } });
  if (!response.ok()) throw new Error(`sandbox clock failed: ${response.status()}`);
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** The WSAPI requests the sandbox received since the last reset, with their Roam headers. */
export async function requestsSeenByServer(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get('/__sandbox/requests');
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

export interface Fault {
  method: string;
  path: string;
  count: number;
  latency_ms?: number;
  status?: number;
  drop?: boolean;
}

/** Makes the next `count` matching requests slow, fail with `status`, or lose their connection. */
export async function injectFault(request: APIRequestContext, fault: Fault): Promise<void> {
  const response = await request.post('/__sandbox/faults', { data: fault });
  if (!response.ok())
    throw new Error(`fault injection failed: ${response.status()} ${await response.text()}`);
}
