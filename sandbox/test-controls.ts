import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock.ts';
import { apiErrors } from './http/errors.ts';
import type { FaultRegistry } from './http/faults.ts';
import type { Clearable } from './http/rate-limit.ts';
import type { RequestLog } from './http/request-log.ts';
import { installTestControlsGuard } from './http/test-controls-guard.ts';
import { formatVendorTimestamp } from './clock.ts';
import type { ReceiptsRepository } from './store/receipts.ts';
import type { Seeder } from './store/seed.ts';
import { closedObject } from './http/json-schema.ts';

/** Statuses a fault may answer with, each with its contract error JSON. */
export const FAULT_STATUSES = [
  400, 401, 403, 404, 405, 406, 410, 413, 415, 423, 429, 500, 502, 503, 504,
] as const;

const advanceBody = closedObject(
  { advance_seconds: { type: 'number', minimum: 0, maximum: 10 * 365 * 24 * 3600 } },
  ['advance_seconds'],
);

const faultBody = closedObject(
  {
    method: { type: 'string', pattern: '^([A-Za-z]{3,10}|\\*)$' },
    path: { type: 'string', pattern: '^/', maxLength: 512 },
    count: { type: 'integer', minimum: 1, maximum: 10_000 },
    latency_ms: { type: 'integer', minimum: 0, maximum: 120_000 },
    status: { type: 'integer', enum: FAULT_STATUSES },
    drop: { type: 'boolean' },
  },
  ['method', 'path', 'count'],
);

interface FaultBody {
  method: string;
  path: string;
  count: number;
  latency_ms?: number;
  status?: number;
  drop?: boolean;
}

/**
 * `/__sandbox/*`: registered only with SANDBOX_TEST_CONTROLS=1 (otherwise those paths are 404).
 * No Roam headers needed, but a loopback `Host` and, except on GET, a JSON `Content-Type`
 * (`http/test-controls-guard.ts`). Never expose a sandbox with these on.
 */
export function registerTestControls(
  app: FastifyInstance,
  clock: Clock,
  faults: FaultRegistry,
  seeder: Seeder,
  requests: RequestLog,
  receipts: ReceiptsRepository,
  limiters: readonly Clearable[] = [],
): void {
  installTestControlsGuard(app);
  const clockState = () => ({
    now: new Date(clock.now()).toISOString(),
    offset_ms: clock.offsetMs,
  });
  const faultState = () =>
    faults.list().map(({ method, path, remaining, latencyMs, status, drop }) => ({
      method,
      path,
      remaining,
      ...(latencyMs !== undefined ? { latency_ms: latencyMs } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(drop !== undefined ? { drop } : {}),
    }));

  app.get('/__sandbox/clock', async () => clockState());

  app.post<{ Body: { advance_seconds: number } }>(
    '/__sandbox/clock',
    { schema: { body: advanceBody } },
    async (request) => {
      clock.advance(Math.round(request.body.advance_seconds * 1000));
      return clockState();
    },
  );

  app.post('/__sandbox/clock/reset', async () => {
    clock.reset();
    return clockState();
  });

  app.get('/__sandbox/faults', async () => ({ faults: faultState() }));

  app.post<{ Body: FaultBody }>(
    '/__sandbox/faults',
    { schema: { body: faultBody } },
    async (request) => {
      const { method, path, count, latency_ms: latencyMs, status, drop } = request.body;
      if (latencyMs === undefined && status === undefined && drop !== true) {
        throw apiErrors.invalidRequest('status', 'A fault needs latency_ms, status or drop.');
      }
      faults.add({ method, path, count, latencyMs, status, drop });
      return { faults: faultState() };
    },
  );

  app.delete('/__sandbox/faults', async () => {
    faults.clear();
    return { faults: faultState() };
  });

  /** The last WSAPI requests' Roam headers as received, tokens redacted (`redactToken`). */
  app.get('/__sandbox/requests', async () => ({ requests: requests.list() }));

  app.delete('/__sandbox/requests', async () => {
    requests.clear();
    return { requests: [] };
  });

  /** Receipts "emailed" by `POST /WSAPI/Transactions/{id}/Receipt`, newest first (50). */
  app.get('/__sandbox/outbox', async () => ({
    messages: receipts.outbox().map((message) => ({
      id: message.id,
      organization_id: message.organizationId,
      transaction_id: message.transactionId,
      email: message.email,
      created_at: formatVendorTimestamp(message.createdAt),
      receipt: message.receipt,
    })),
  }));

  app.post('/__sandbox/reset', async () => {
    // The clock first: the seeded history ends at the (reset) sandbox "now".
    clock.reset();
    await seeder.resetToSeed();
    requests.clear();
    faults.clear();
    // In-memory rate limits count per user id, and ids start over with the seed.
    for (const limiter of limiters) limiter.clear();
    return { reset: true, ...clockState() };
  });
}
