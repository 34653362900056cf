import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { errorForStatus } from './errors.ts';
import { isTestControlsPath, normalisedPath } from './paths.ts';

export interface FaultSpec {
  /** An HTTP method, or `*` for any. */
  method: string;
  /** Matched case-insensitively, trailing slash and query ignored. */
  path: string;
  /** How many matching requests the fault applies to. */
  count: number;
  latencyMs?: number;
  status?: number;
  /** Destroy the connection without an answer. */
  drop?: boolean;
}

interface ArmedFault extends FaultSpec {
  remaining: number;
}

/** Faults armed by `POST /__sandbox/faults`, consumed by the requests they match, oldest first. */
export class FaultRegistry {
  #faults: ArmedFault[] = [];

  add(spec: FaultSpec): void {
    this.#faults.push({
      ...spec,
      method: spec.method.toUpperCase(),
      path: normalisedPath(spec.path),
      remaining: spec.count,
    });
  }

  clear(): void {
    this.#faults = [];
  }

  list(): Array<FaultSpec & { remaining: number }> {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  /** The first armed fault for this request, with one use consumed. */
  take(method: string, url: string): FaultSpec | undefined {
    const path = normalisedPath(url);
    const fault = this.#faults.find(
      (candidate) =>
        (candidate.method === '*' || candidate.method === method.toUpperCase()) &&
        candidate.path === path,
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0)
      this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    return fault;
  }
}

/** First hook of the pipeline: a fault acts like the network or an upstream, before any check. */
export function installFaultInjection(app: FastifyInstance, faults: FaultRegistry): void {
  app.addHook('onRequest', async (request, reply) => {
    if (isTestControlsPath(request.url)) return;
    const fault = faults.take(request.method, request.url);
    if (!fault) return;
    if (fault.latencyMs) await sleep(fault.latencyMs);
    if (fault.drop) {
      reply.hijack();
      request.raw.socket?.destroy();
      reply.raw.destroy();
      return reply;
    }
    if (fault.status) throw errorForStatus(fault.status);
    return undefined;
  });
}
