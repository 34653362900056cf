import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  COMPRESSIBLE_TYPES,
  COMPRESSION_THRESHOLD_BYTES,
  CompressedCache,
  preferredEncoding,
} from './compressed-cache.ts';
import { apiErrors } from './errors.ts';
import { IndexPageCache, newNonce, renderIndex } from './index-page.ts';
import { isTestControlsPath, isWsapiPath } from './paths.ts';
import {
  ASSET_FILE,
  CACHE_CONTROL,
  HASHED_ASSET,
  contentSecurityPolicy,
} from './security-headers.ts';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Portal not built</title></head>
<body><h1>Portal not built: run <code>npm run build</code></h1>
<p>Then restart the sandbox (or use <code>npm start</code>). The WSAPI is up at <code>/WSAPI/</code>.</p>
</body></html>
`;

async function fileStats(path: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** URL path → path segments inside the static root, or undefined for anything odd (dotfiles, `..`, NUL). */
function segmentsOf(url: string): string[] | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?', 1)[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const segments = path.split('/').filter((segment) => segment !== '');
  return segments.some((segment) => segment.startsWith('.')) ? undefined : segments;
}

function acceptsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').toLowerCase().includes('text/html');
}

/**
 * The built portal on the same origin as the WSAPI. Files are served as they are; a GET/HEAD for
 * HTML that matches no file gets `index.html` (the SPA routes); other misses are 404 JSON.
 * `index.html` is `no-store` (per-response CSP nonce), hashed assets `immutable`, other files
 * `no-cache`. Compression: see CompressedCache (index.html: on the fly, it differs per response).
 */
export async function installStaticFiles(
  app: FastifyInstance,
  staticDir: string | null,
): Promise<CompressedCache> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESSION_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
  });
  // @fastify/compress applies its threshold to buffers only; a small file is a stream with a known
  // length, so buffer it here (this global hook runs before compress's route-level one).
  app.addHook('onSend', async (_request, reply, payload) => {
    const length = Number(reply.getHeader('content-length'));
    if (!(payload instanceof Readable) || !(length >= 0 && length < COMPRESSION_THRESHOLD_BYTES))
      return payload;
    const chunks: Buffer[] = [];
    for await (const chunk of payload) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  });
  const root = staticDir ? resolve(staticDir) : null;
  const cache = new CompressedCache();
  const indexPages = new IndexPageCache();
  if (root) {
    await app.register(fastifyStatic, {
      root,
      serve: false,
      cacheControl: false,
      dotfiles: 'deny',
      index: false,
    });
    app.addHook('onReady', async () => cache.warm(root));
  }

  async function sendFile(
    request: FastifyRequest,
    reply: FastifyReply,
    rootDir: string,
    segments: string[],
    stats: Stats,
  ) {
    const relative = segments.join('/');
    const path = join(rootDir, ...segments);
    if (relative === 'index.html') return sendIndex(reply, path, stats);
    reply.header(
      'cache-control',
      HASHED_ASSET.test(relative) ? CACHE_CONTROL.hashedAsset : CACHE_CONTROL.otherFile,
    );
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (encoding && CompressedCache.canCompress(path, stats.size)) {
      reply.header('vary', 'accept-encoding');
      const body = cache.get(path, stats, encoding);
      if (body) {
        const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
        reply.header('etag', etag).header('last-modified', stats.mtime.toUTCString());
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply
          .type(COMPRESSIBLE_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream')
          .header('content-encoding', encoding)
          .send(body);
      }
    }
    return reply.sendFile(relative, rootDir);
  }

  /**
   * index.html (also the SPA fallback) with a fresh nonce per response, in the CSP and on the page
   * (see index-page.ts). It carries a nonce, so it is never stored: `no-store`, no ETag.
   */
  async function sendIndex(reply: FastifyReply, path: string, stats: Stats) {
    const page = await indexPages.get(path, stats);
    const nonce = newNonce();
    return reply
      .header('cache-control', CACHE_CONTROL.page)
      .header(
        'content-security-policy',
        contentSecurityPolicy({ nonce, scriptHashes: page.scriptHashes }),
      )
      .type('text/html; charset=utf-8')
      .send(renderIndex(page, nonce));
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    exposeHeadRoute: false,
    handler: async (request, reply) => {
      if (isWsapiPath(request.url) || isTestControlsPath(request.url)) throw apiErrors.notFound();
      const segments = segmentsOf(request.url);
      if (segments === undefined) throw apiErrors.notFound();
      const wantsPage =
        segments.length === 0 || (acceptsHtml(request) && !ASSET_FILE.test(segments.at(-1)!));
      const indexStats = root ? await fileStats(join(root, 'index.html')) : undefined;
      if (!root || !indexStats) {
        if (!wantsPage) throw apiErrors.notFound();
        return reply
          .code(503)
          .header('cache-control', 'no-store')
          .type('text/html; charset=utf-8')
          .send(NOT_BUILT_PAGE);
      }
      const path = join(root, ...segments);
      const stats =
        segments.length > 0 && path.startsWith(root + sep) ? await fileStats(path) : undefined;
      if (stats) return sendFile(request, reply, root, segments, stats);
      if (!wantsPage) throw apiErrors.notFound();
      return sendFile(request, reply, root, ['index.html'], indexStats);
    },
  });
  return cache;
}
