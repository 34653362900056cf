import type { ServerOptions as HttpServerOptions } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** [sandbox design] How long a client may take, and how many connections it may hold. */
export interface ConnectionLimits {
  /** Headers and body must have arrived within this (then 408 and the connection closes). */
  requestTimeoutMs: number;
  /** The headers alone must have arrived within this (408 too). */
  headersTimeoutMs: number;
  /** How often Node checks those two (its default, 30 s, would let a slow client overstay). */
  checkIntervalMs: number;
  /** Open connections at once; further ones are closed as they arrive. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
  maxConnections: 256,
};

/** The Fastify constructor options that carry the limits (spread into `Fastify({...})`). */
export function connectionOptions(limits: ConnectionLimits): {
  requestTimeout: number;
  http: HttpServerOptions;
} {
  return {
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
  };
}

/** The connection cap, on the instance's Node server (Fastify has no option for it). */
export function limitConnections(app: FastifyInstance, limits: ConnectionLimits): void {
  app.server.maxConnections = limits.maxConnections;
}
