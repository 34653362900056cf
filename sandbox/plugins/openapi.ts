import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { WSAPI_ROOT } from '../http/paths.ts';

/**
 * Where an operation or a property comes from (`x-source` in the route schemas and so in the
 * published document): the seed's contract, the vendor's iOS SDK headers, the known live client's
 * requests, or a design of ours. `x-inferred: true` marks a wire name built from an SDK name.
 */
export const SOURCES = ['vendor-seed', 'vendor-sdk', 'vendor-client', 'sandbox-design'] as const;
export type Source = (typeof SOURCES)[number];

/** The served copy of the committed `docs/wsapi.openapi.json`. */
export const OPENAPI_URL = '/openapi.json';

declare module 'fastify' {
  interface FastifySchema {
    /** The operation's source; every WSAPI route declares one (test: openapi.test.ts). */
    'x-source'?: Source;
    /** Swagger's own flag: the route is left out of the document. */
    hide?: boolean;
  }
}

type Json = Record<string, unknown>;

/**
 * A copy of `schema` in which every property without an `x-source` of its own takes its
 * parent's (the operation's at the top): a property comes from where its operation comes from
 * unless it says otherwise, so a mixed operation (a vendor call with fields of ours) tags only
 * what differs.
 */
export function inheritSource(schema: unknown, source: Source): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inheritSource(item, source));
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === 'properties' && value !== null && typeof value === 'object') {
      copy[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, property]) => {
          const own = property as Json;
          const tagged = own['x-source'] === undefined ? { ...own, 'x-source': source } : own;
          return [name, inheritSource(tagged, (own['x-source'] as Source | undefined) ?? source)];
        }),
      );
    } else {
      copy[key] = inheritSource(value, source);
    }
  }
  return copy;
}

/**
 * The route schemas published as OpenAPI 3.1 by `@fastify/swagger` (the Fastify team's own
 * generator, reading the schemas the routes validate with, so the document cannot drift from what
 * the sandbox enforces). Only `/WSAPI` routes appear (the 405 answers, test controls and static
 * files are hidden); properties inherit their operation's `x-source` unless they carry one. Registered
 * before the routes (it collects them with an `onRoute` hook); served at `OPENAPI_URL`.
 */
export const openapi = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'WSAPI (Mobile Commerce Manager) — mcm-portal sandbox',
          version: '6.10.0',
          description:
            'The contract the sandbox enforces and the portal is typed from. `x-source` says where ' +
            'each operation and property comes from: vendor-seed (the seed contract), vendor-sdk ' +
            '(the iOS SDK headers), vendor-client (a live client’s requests), sandbox-design (ours). ' +
            '`x-inferred: true`: the wire name is the snake_case of an SDK name. Departures from ' +
            'known vendor facts: docs/vendor-departures.md.',
        },
        components: {
          securitySchemes: {
            roamToken: { type: 'apiKey', in: 'header', name: 'X-Roam-Token' },
            roamKey: { type: 'apiKey', in: 'header', name: 'X-Roam-Key' },
          },
        },
      },
      transform: ({ schema, url }) => {
        const published = url === WSAPI_ROOT || url.startsWith(`${WSAPI_ROOT}/`);
        if (!published || schema?.hide) return { schema: { hide: true }, url };
        // A route without a schema is still published, so the x-source test sees it untagged.
        const own = schema ?? {};
        const source = own['x-source'];
        const copy = source === undefined ? own : inheritSource(own, source);
        return { schema: copy as FastifySchema, url };
      },
    });
    app.get(OPENAPI_URL, { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
