import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { fixture, login, loginToken, shapeOf, useServer, withToken } from './helpers.ts';
import { type Case, prng, SEED, UNTOUCHED_USER } from './fuzz.helpers.ts';
import { fuzzCases } from './fuzz.cases.ts';

describe('fuzz: 1,200 malformed requests (seeded)', () => {
  const app = useServer({ testControls: false });
  let tokens: string[] = [];
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let thrown = 0;

  before(async () => {
    tokens = [await loginToken(app(), 'merchant'), await loginToken(app(), 'newuser')];
  });

  /** This run's cases, built with the tokens signed in so far. */
  const generate = (random: () => number) => fuzzCases(random, tokens);

  function check(testCase: Case, response: LightMyRequestResponse): void {
    const what = `${testCase.category}: ${testCase.options.method} ${String(testCase.options.url).slice(0, 80)} → ${response.statusCode}`;
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    if (response.statusCode >= 500 || response.statusCode < 200) {
      failures.push(`${what} ${response.body.slice(0, 200)}`);
      return;
    }
    if (response.headers['x-content-type-options'] !== 'nosniff') failures.push(`${what}: headers`);
    if (
      /^\/wsapi/i.test(String(testCase.options.url)) &&
      response.headers['cache-control'] !== 'no-store'
    )
      failures.push(`${what}: cache-control ${String(response.headers['cache-control'])}`);
    if (response.statusCode < 300 || testCase.options.method === 'HEAD') return;
    try {
      assert.match(String(response.headers['content-type']), /^application\/json; charset=utf-8$/);
      const body = JSON.parse(response.body) as { error: Record<string, unknown> };
      assert.deepEqual(Object.keys(body), ['error']);
      const keys = Object.keys(body.error);
      assert.deepEqual(keys.slice(0, 2), ['code', 'message']);
      assert.ok(keys.length === 2 || (keys.length === 3 && keys[2] === 'field'), keys.join());
      assert.match(String(body.error['code']), /^[a-z_]+$/);
      assert.equal(typeof body.error['message'], 'string');
      if (keys.length === 3) assert.equal(typeof body.error['field'], 'string');
    } catch (error) {
      failures.push(
        `${what}: ${(error as Error).message.split('\n')[0]} ${response.body.slice(0, 200)}`,
      );
    }
  }

  it('never answers 5xx; every failure is exactly the contract error JSON', async () => {
    const random = prng(SEED);
    const cases = generate(random);
    assert.ok(cases.length >= 1000, `${cases.length} cases`);
    let sent = 0;
    for (const [index, testCase] of cases.entries()) {
      // Fresh tokens now and then, so that later cases still reach the session routes.
      if (index % 200 === 199)
        tokens = [await loginToken(app(), 'merchant').catch(() => 'MCM6-x'), tokens[1]!];
      let response: LightMyRequestResponse;
      try {
        response = await app().inject(testCase.options);
      } catch (error) {
        if (!testCase.mayThrow) throw error;
        thrown += 1; // refused by inject before sending: nothing reached the server
        continue;
      }
      sent += 1;
      check(testCase, response);
    }
    if (process.env['FUZZ_STATS']) console.log(cases.length, sent, thrown, [...statuses].sort());
    assert.deepEqual(failures, []);
    assert.ok(sent >= 1000, `${sent} requests reached the server (${thrown} refused by inject)`);
    // The fuzzer got past each layer: headers, media type, size, body, session, routing.
    for (const status of [400, 401, 404, 405, 413, 415]) {
      assert.ok(statuses.has(status), `some ${status}: ${JSON.stringify([...statuses])}`);
    }
  });

  it('still answers a valid login, refresh and logout correctly afterwards', async () => {
    const response = await login(app(), UNTOUCHED_USER);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { session: { session_token: string } };
    assert.deepEqual(shapeOf(body), shapeOf(fixture('login-response.json')));
    const token = body.session.session_token;
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 200);
    assert.equal((await withToken(app(), 'DELETE', token)).statusCode, 200);
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 401);
  });
});
