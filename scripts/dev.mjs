#!/usr/bin/env node
// `npm run dev`: a sandbox on SANDBOX_PORT (default 4300, test controls on) plus `ng serve` on 4200
// with /WSAPI and /__sandbox proxied to it, so the portal and the API share one origin.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sandboxPort = process.env.SANDBOX_PORT ?? '4300';
const children = [
  spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: sandboxPort,
      SANDBOX_TEST_CONTROLS: process.env.SANDBOX_TEST_CONTROLS ?? '1',
    },
  }),
  spawn(join(root, 'node_modules', '.bin', 'ng'), ['serve', '--proxy-config', 'proxy.conf.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SANDBOX_PORT: sandboxPort },
  }),
];

const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
