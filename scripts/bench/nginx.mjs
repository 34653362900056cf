// `/login` through Debian's nginx (deploy/nginx, started by deploy/nginx/serve.ts in front of the
// bench's sandbox) next to the sandbox itself: the bytes on the wire, as the browser received them
// (brotli where both offer it), and Lighthouse. nginx serves the precompressed .br files.
import { spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { launchBrowser, newContext, sameOriginPath, waitForLoginForm } from './browser.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { runBounded, stopChild, track } from './processes.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

/** Writes the .br/.gz files nginx serves (what `npm run build` does after ng build). */
async function precompress(root, staticDir, timeoutMs) {
  const args = ['--import', 'tsx', 'deploy/precompress.ts', staticDir];
  const result = await runBounded(process.execPath, args, { cwd: root, timeoutMs });
  if (result.code !== 0) throw new Error(`precompress failed:\n${result.output}`);
}

/** nginx on a free port with the sandbox at `upstream`; resolves { url, stop() } once it serves. */
async function startNginx(root, { staticDir, upstream }) {
  const port = await freePort();
  const args = ['--import', 'tsx', 'deploy/nginx/serve.ts', '--port', String(port)];
  const child = track(
    spawn(process.execPath, [...args, '--root', staticDir, '--upstream', upstream], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nginx did not start:\n${log}`)), 30_000);
    const onData = (chunk) => {
      log = (log + chunk.toString()).slice(-4096);
      if (log.includes('nginx serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve:nginx exited (${code}):\n${log}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopChild(child, 8000) };
}

/**
 * A cold /login on `baseURL`: the encoded body bytes of the page and of every same-origin script
 * and stylesheet, and how each was encoded.
 */
async function wireBytes(browser, baseURL) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    const responses = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const path = sameOriginPath(response.url(), baseURL);
      if (path && ['document', 'script', 'stylesheet'].includes(type)) responses.push(response);
    });
    await page.goto('/login');
    await waitForLoginForm(page);
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    const files = await Promise.all(
      responses.map(async (response) => ({
        type: response.request().resourceType(),
        encoding: (await response.allHeaders())['content-encoding'] ?? 'identity',
        bytes: (await response.request().sizes()).responseBodySize,
        rawBytes: (await response.body()).length,
      })),
    );
    const sum = (list) => list.reduce((total, file) => total + file.bytes, 0);
    const assets = files.filter((file) => file.type !== 'document');
    return {
      files: files.length,
      documentBytes: sum(files.filter((file) => file.type === 'document')),
      assetBytes: sum(assets),
      assetsInBrotli: assets.filter((file) => file.encoding === 'br').length,
      assets: assets.length,
      // Files under the compression threshold (1 kB) go out as they are, from either server.
      assetsWorthCompressing: assets.filter((file) => file.rawBytes >= 1024).length,
    };
  } finally {
    await context.close();
  }
}

/** The bench part: precompress, nginx in front of `sandboxUrl`, bytes on both, Lighthouse on nginx. */
export async function measureNginx(root, { staticDir, sandboxUrl, tmpDir, limits }) {
  await precompress(root, staticDir, 120_000);
  chmodSync(tmpDir, 0o755); // the build lives in it: nginx's workers (nobody, under root) read it
  const nginx = await startNginx(root, { staticDir, upstream: sandboxUrl });
  try {
    const browser = await launchBrowser();
    let sandbox, viaNginx;
    try {
      sandbox = await wireBytes(browser, sandboxUrl);
      viaNginx = await wireBytes(browser, nginx.url);
    } finally {
      await browser.close();
    }
    const lighthouse = await runLighthouse(`${nginx.url}/login`, {
      tmpDir,
      timeoutMs: limits.lighthouseTimeoutSeconds * 1000,
    });
    return { sandbox, nginx: viaNginx, lighthouse };
  } finally {
    await nginx.stop();
  }
}

/** Report rows for the part (report.mjs's section "Through nginx"). */
export function nginxRows({ sandbox, nginx, lighthouse }, t) {
  const wire = (bytes) =>
    `${kb(bytes.assetBytes)} JS+CSS (${bytes.assetsInBrotli}/${bytes.assets} br) + ${kb(bytes.documentBytes)} page`;
  const rows = [
    { metric: '/login on the wire, sandbox', value: wire(sandbox) },
    {
      metric: '/login on the wire, nginx (precompressed .br)',
      value: wire(nginx),
      target: 'br for every file ≥ 1 kB',
      status: nginx.assetsInBrotli === nginx.assetsWorthCompressing ? 'PASS' : 'FAIL',
    },
  ];
  if (!lighthouse.ok)
    return [...rows, { metric: 'Lighthouse', value: 'not run', status: lighthouse.reason }];
  return [
    ...rows,
    {
      metric: 'Lighthouse via nginx (perf / a11y / best practices)',
      value: `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse.bestPractices}`,
      target: `≥ ${t.lighthousePerformanceMin} / ${t.lighthouseAccessibility}`,
      status:
        lighthouse.performance >= t.lighthousePerformanceMin &&
        lighthouse.accessibility === t.lighthouseAccessibility
          ? 'PASS'
          : 'FAIL',
    },
    {
      metric: 'Lighthouse via nginx: LCP / TBT / bytes',
      value: `${lighthouse.lcpMs.toFixed(0)} ms / ${lighthouse.tbtMs.toFixed(0)} ms / ${kb(lighthouse.totalBytes)}`,
    },
  ];
}
