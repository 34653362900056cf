import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Compressible static types, and the Content-Type each is served with. */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
};

export const COMPRESSION_THRESHOLD_BYTES = 1024;

/** A file at the best ratio in both encodings (also what `deploy/precompress.ts` writes). */
export async function compressAtBest(source: Buffer): Promise<Record<Encoding, Buffer>> {
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gzipAsync(source, { level: 9 }),
  ]);
  return { br, gzip: gz };
}
const MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024;

interface Entry {
  mtimeMs: number;
  size: number;
  ready: Partial<Record<Encoding, Buffer>>;
  pending: boolean;
}

/**
 * Static files compressed once at the best ratio (brotli quality 11, gzip 9) and kept in memory,
 * keyed by path + mtime + size. Brotli 11 takes ~300 ms for a 300 kB bundle: far too slow per
 * request, fine once. Until a file's entry is ready, @fastify/compress compresses it on the fly
 * (brotli 4). The build output is small, so memory stays bounded by it.
 */
export class CompressedCache {
  readonly #entries = new Map<string, Entry>();
  readonly #work = new Set<Promise<void>>();

  static canCompress(path: string, size: number): boolean {
    return (
      extname(path).toLowerCase() in COMPRESSIBLE_TYPES &&
      size >= COMPRESSION_THRESHOLD_BYTES &&
      size <= MAX_CACHED_FILE_BYTES
    );
  }

  /** The compressed bytes if ready; otherwise undefined, and compression starts in the background. */
  get(path: string, stats: Stats, encoding: Encoding): Buffer | undefined {
    const entry = this.#entries.get(path);
    if (entry && entry.mtimeMs === stats.mtimeMs && entry.size === stats.size) {
      if (!entry.pending && !entry.ready[encoding]) this.#compress(path, stats);
      return entry.ready[encoding];
    }
    this.#compress(path, stats);
    return undefined;
  }

  /** Compresses every eligible file under `root` (skipping dotfiles) in the background. */
  warm(root: string): void {
    const walk = async (dir: string): Promise<void> => {
      for (const item of await readdir(dir, { withFileTypes: true })) {
        if (item.name.startsWith('.')) continue;
        const path = join(dir, item.name);
        if (item.isDirectory()) await walk(path);
        else if (item.isFile()) {
          const stats = await stat(path);
          if (CompressedCache.canCompress(path, stats.size)) this.#compress(path, stats);
        }
      }
    };
    this.#track(walk(root).catch(() => undefined));
  }

  /** Resolves when no compression is running (tests, benchmarks). */
  async idle(): Promise<void> {
    while (this.#work.size > 0) await Promise.all(this.#work);
  }

  #compress(path: string, stats: Stats): void {
    const existing = this.#entries.get(path);
    if (existing?.pending && existing.mtimeMs === stats.mtimeMs && existing.size === stats.size)
      return;
    const entry: Entry = { mtimeMs: stats.mtimeMs, size: stats.size, ready: {}, pending: true };
    this.#entries.set(path, entry);
    const job = (async () => {
      const source = await readFile(path);
      if (source.length !== stats.size) return;
      entry.ready = await compressAtBest(source);
    })()
      .catch(() => this.#entries.delete(path))
      .then(() => {
        entry.pending = false;
      });
    this.#track(job);
  }

  #track(job: Promise<unknown>): void {
    const tracked = job.then(() => undefined);
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
  }
}

/** The client's preferred encoding we can serve: brotli, then gzip (q=0 means refused). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}
