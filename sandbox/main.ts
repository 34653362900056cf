/**
 * `npm run sandbox`: environment → buildServer → listen. See README.md for the variables.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from './server.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './store/seed.data.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

const port = Number(env['PORT'] ?? 4200);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, not "${env['PORT']}"`);
  process.exit(1);
}
// Loopback unless asked: the test controls and the demo users are not for the network.
const host = env['HOST'] || '127.0.0.1';
const dbSetting = env['SANDBOX_DB'] || '.data/sandbox.db';
const dbFile = dbSetting === ':memory:' ? dbSetting : resolve(repoRoot, dbSetting);
const staticDir = resolve(repoRoot, env['SANDBOX_STATIC_DIR'] || 'dist/mcm-portal/browser');
const testControls = env['SANDBOX_TEST_CONTROLS'] === '1';

const app = await buildServer({
  dbFile,
  staticDir,
  testControls,
  logger: { level: env['LOG_LEVEL'] || 'warn' },
});
await app.listen({ port, host });

const address = app.server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const width = Math.max(...DEMO_USERS.map((user) => user.userName.length));
console.log(
  [
    `Sandbox WSAPI listening on http://${shownHost}:${actualPort}/  (WSAPI at /WSAPI/, portal from ${staticDir})`,
    `Database: ${dbFile}${testControls ? '   Test controls: ON (/__sandbox/*)' : ''}`,
    '',
    `Demo users (password for all: ${DEMO_PASSWORD})`,
    ...DEMO_USERS.map((user) => `  ${user.userName.padEnd(width)}  ${user.shows}`),
    '',
  ].join('\n'),
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing the sandbox`);
  setTimeout(() => process.exit(1), 5000).unref();
  try {
    await app.close();
  } catch (error) {
    console.error('error while closing', error);
    process.exitCode = 1;
  }
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
