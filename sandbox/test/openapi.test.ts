import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { inheritSource, OPENAPI_URL, SOURCES } from '../plugins/openapi.ts';
import { useServer } from './helpers.ts';

type Json = Record<string, unknown>;

const committed = JSON.parse(
  readFileSync(new URL('../../docs/wsapi.openapi.json', import.meta.url), 'utf8'),
) as Json;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object';

/** Every object under `schema` that is a property (a value of some `properties`), with its path. */
function properties(schema: unknown, at: string, found: Array<[string, Json]> = []) {
  if (!isObject(schema)) return found;
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isObject(value)) {
      for (const [name, property] of Object.entries(value)) {
        found.push([`${at}.${name}`, property as Json]);
        properties(property, `${at}.${name}`, found);
      }
    } else {
      properties(value, `${at}/${key}`, found);
    }
  }
  return found;
}

function operations(document: Json): Array<[string, Json]> {
  return Object.entries(document['paths'] as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]): [string, Json] => [
      `${method.toUpperCase()} ${path}`,
      op as Json,
    ]),
  );
}

describe('the published contract (OpenAPI 3.1)', () => {
  const server = useServer();

  it('is served at /openapi.json and equals the committed docs/wsapi.openapi.json', async () => {
    const response = await server().inject({ method: 'GET', url: OPENAPI_URL });
    assert.equal(response.statusCode, 200);
    const served = response.json() as Json;
    assert.equal(served['openapi'], '3.1.0');
    assert.deepEqual(served, committed, 'stale: run `npm run contract` and commit the result');
  });

  it('publishes the WSAPI operations only: no 405 answers, test controls or static files', () => {
    const paths = Object.keys(committed['paths'] as Json);
    assert.ok(paths.length >= 25, `only ${paths.length} paths`);
    for (const path of paths) assert.match(path, /^\/WSAPI\//);
    assert.ok(paths.includes('/WSAPI/Authentication'));
    const methods = Object.keys((committed['paths'] as Json)['/WSAPI/Authentication'] as Json);
    assert.deepEqual(methods.sort(), ['delete', 'post', 'put']);
  });

  it('says where every operation and every property comes from', () => {
    const untagged: string[] = [];
    for (const [name, op] of operations(committed)) {
      if (!SOURCES.includes(op['x-source'] as never)) untagged.push(name);
      for (const [at, property] of properties(op, name)) {
        if (!SOURCES.includes(property['x-source'] as never)) untagged.push(at);
        if ('x-inferred' in property && property['x-inferred'] !== true) untagged.push(at);
      }
    }
    assert.deepEqual(untagged, []);
  });

  it('tags the seed contract’s operations vendor-seed and ours sandbox-design', () => {
    const ops = new Map(operations(committed));
    assert.equal(ops.get('POST /WSAPI/Authentication')?.['x-source'], 'vendor-seed');
    assert.equal(ops.get('GET /WSAPI/Inventory')?.['x-source'], 'sandbox-design');
    const login = properties(ops.get('POST /WSAPI/Authentication'), 'login');
    assert.ok(
      login.some(([at]) => at.endsWith('.session_token')),
      'the login answer is published',
    );
  });

  it('lets a property keep its own source and passes it down to its children', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        b: {
          type: 'object',
          'x-source': 'vendor-sdk',
          properties: {
            c: { type: 'string' },
            d: { type: 'string', 'x-source': 'sandbox-design' },
          },
        },
      },
    };
    assert.deepEqual(inheritSource(schema, 'vendor-client'), {
      type: 'object',
      properties: {
        a: { type: 'string', 'x-source': 'vendor-client' },
        b: {
          type: 'object',
          'x-source': 'vendor-sdk',
          properties: {
            c: { type: 'string', 'x-source': 'vendor-sdk' },
            d: { type: 'string', 'x-source': 'sandbox-design' },
          },
        },
      },
    });
  });
});
