import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_CONNECTION_LIMITS } from '../http/connection-limits.ts';
import { SEED_HEADERS, testServer } from './helpers.ts';

/** Issue 15, item 4: a client that sends slowly, or opens many connections, cannot keep them. */
/** Without the limits these connections would stay open forever: fail instead of hanging. */
const GIVE_UP = { timeout: 30_000 };

describe('request timeouts and the connection cap', () => {
  const apps: FastifyInstance[] = [];
  after(() => Promise.all(apps.map((app) => app.close())));

  async function listening(connectionLimits = {}): Promise<{ app: FastifyInstance; port: number }> {
    const app = await testServer({ connectionLimits });
    apps.push(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, port: (app.server.address() as AddressInfo).port };
  }

  async function open(port: number): Promise<Socket> {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined); // a refused connection is reset: we look at 'close'
    await once(socket, 'connect');
    return socket;
  }

  /** Everything the server sent before it closed the connection. */
  async function untilClosed(socket: Socket): Promise<string> {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    if (!socket.destroyed) await once(socket, 'close');
    return received;
  }

  /** What a server with `connectionLimits` sent before it closed a connection that wrote `text`. */
  async function answerTo(connectionLimits: object, text: string): Promise<string> {
    const { port } = await listening(connectionLimits);
    const socket = await open(port);
    socket.write(text);
    return untilClosed(socket);
  }

  it('sets a request timeout, a header timeout and a connection cap by default', async () => {
    const { app } = await listening();
    assert.equal(app.server.requestTimeout, DEFAULT_CONNECTION_LIMITS.requestTimeoutMs);
    assert.ok(app.server.requestTimeout > 0 && app.server.requestTimeout <= 60_000);
    assert.equal(app.server.headersTimeout, DEFAULT_CONNECTION_LIMITS.headersTimeoutMs);
    assert.ok(app.server.headersTimeout > 0 && app.server.headersTimeout <= 30_000);
    assert.equal(app.server.maxConnections, DEFAULT_CONNECTION_LIMITS.maxConnections);
    assert.ok(Number.isInteger(app.server.maxConnections));
  });

  it(
    'answers a body that trickles in past the request timeout with 408 and closes',
    GIVE_UP,
    async () => {
      const roam = Object.entries(SEED_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`);
      const received = await answerTo(
        { requestTimeoutMs: 300, checkIntervalMs: 50 },
        `POST /WSAPI/Authentication HTTP/1.1\r\nHost: 127.0.0.1\r\n${roam.join('')}` +
          'Content-Length: 100\r\n\r\n{"user_name":',
      );
      assert.match(received, /^HTTP\/1\.1 408 /);
      assert.match(received, /\r\n\r\n\{"error":\{"code":"[a-z_]+","message":"[^"]+"\}\}$/);
    },
  );

  it(
    'answers headers that never end past the header timeout with 408 and closes',
    GIVE_UP,
    async () => {
      const received = await answerTo(
        { headersTimeoutMs: 200, checkIntervalMs: 50 },
        'GET /WSAPI/Users/Configuration HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ',
      );
      assert.match(received, /^HTTP\/1\.1 408 /);
    },
  );

  it('closes connections beyond the cap as they arrive; the open ones stay', GIVE_UP, async () => {
    const { port } = await listening({ maxConnections: 2 });
    const first = await open(port);
    const second = await open(port);
    const third = connect(port, '127.0.0.1');
    third.on('error', () => undefined);
    assert.equal(await untilClosed(third), '');
    assert.equal(first.destroyed || second.destroyed, false);
    first.destroy();
    second.destroy();
  });
});
