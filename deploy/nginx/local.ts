/**
 * Debian's nginx as an unprivileged-style child process on localhost: its own prefix, pid, logs and
 * temp folders under one directory, nothing written to /etc/nginx or /var/log/nginx. Used by
 * `npm run serve:nginx`, the Playwright nginx project and `npm run bench`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const INSTALL_HINT =
  "Install Debian's nginx and its brotli module: sudo apt-get install -y nginx libnginx-mod-http-brotli-static";

/** The nginx binary (NGINX_BIN, PATH, or /usr/sbin/nginx), or an error that says what to install. */
export function findNginx(): string {
  const candidates = [process.env['NGINX_BIN'], 'nginx', '/usr/sbin/nginx'].filter(
    (bin): bin is string => !!bin,
  );
  const bin = candidates.find((candidate) => spawnSync(candidate, ['-v']).status === 0);
  if (!bin) throw new Error(`nginx was not found. ${INSTALL_HINT}`);
  if (!existsSync(BROTLI_STATIC_MODULE))
    throw new Error(
      `nginx's brotli_static module (${BROTLI_STATIC_MODULE}) is missing. ${INSTALL_HINT}`,
    );
  return bin;
}

/**
 * Started as root, nginx's workers run as `nobody`: every folder up to `path` must let others in
 * (o+x) and `path` itself be readable (o+r), or each file answers 403. Throws saying which one.
 */
export function checkReadableByWorkers(path: string): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    const needed = dir === path ? 0o005 : 0o001;
    if ((mode & needed) !== needed)
      throw new Error(`nginx's workers (nobody) cannot read ${path}: chmod o+rx ${dir}`);
    if (dirname(dir) === dir) return;
  }
}

/** The main nginx.conf of a local instance: everything under `dir`, the site's fragment included. */
export function localMainConfig(dir: string, siteConf: string): string {
  const temp = (name: string) => join(dir, 'temp', name);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    `load_module ${BROTLI_STATIC_MODULE};`,
    'events { worker_connections 512; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    client_body_temp_path ${temp('client_body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    `    include ${siteConf};`,
    '}',
    '',
  ].join('\n');
}

export interface LocalNginx {
  readonly child: ChildProcess;
  /** Resolves when nginx has exited (after stop(), or on its own). */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Checks `dir/nginx.conf` with `nginx -t`, then starts nginx in the foreground (daemon off). */
export function startNginx(bin: string, dir: string, siteConf: string): LocalNginx {
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, localMainConfig(dir, siteConf));
  const args = ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')];
  const check = spawnSync(bin, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the config:\n${check.stderr}`);
  const child = spawn(bin, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGQUIT'); // graceful: finishes the requests in flight
      if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false)
        child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Waits until nginx accepts connections on `port` (127.0.0.1), or exits, or `timeoutMs` passes. */
export async function waitForListening(port: number, nginx: LocalNginx, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void nginx.exited.then(() => (gone = true));
  const accepts = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once('connect', () => done(true)).once('error', () => done(false));
      socket.setTimeout(1000, () => done(false));
    });
  while (Date.now() < deadline && !gone) {
    if (await accepts()) return;
    await sleep(100);
  }
  throw new Error(gone ? 'nginx exited during start-up' : `nginx did not listen on ${port}`);
}
