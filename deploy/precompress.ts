/**
 * Post-build step (`npm run build` runs it): writes `file.br` and `file.gz` next to every file of
 * the build that the sandbox would compress (same types, threshold and settings: brotli 11, gzip
 * 9, see sandbox/http/compressed-cache.ts), for nginx's `brotli_static` and `gzip_static`.
 * index.html is left alone: it is served with a fresh nonce per response, never as stored bytes.
 *
 *   node --import tsx deploy/precompress.ts [build dir, default dist/mcm-portal/browser]
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompressedCache, compressAtBest } from '../sandbox/http/compressed-cache.ts';

export interface PrecompressResult {
  files: number;
  bytes: number;
  brotliBytes: number;
}

async function* eligibleFiles(dir: string): AsyncGenerator<string> {
  for (const item of await readdir(dir, { withFileTypes: true })) {
    if (item.name.startsWith('.')) continue;
    const path = join(dir, item.name);
    if (item.isDirectory()) yield* eligibleFiles(path);
    else if (item.isFile() && item.name !== 'index.html') {
      if (CompressedCache.canCompress(path, (await stat(path)).size)) yield path;
    }
  }
}

export async function precompress(root: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0 };
  for await (const path of eligibleFiles(root)) {
    const source = await readFile(path);
    const { br, gzip } = await compressAtBest(source);
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzip)]);
    result.files += 1;
    result.bytes += source.length;
    result.brotliBytes += br.length;
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'dist/mcm-portal/browser');
  const started = Date.now();
  const result = await precompress(root);
  const kB = (bytes: number) => (bytes / 1000).toFixed(1);
  console.log(
    `precompressed ${result.files} files in ${relative(process.cwd(), root) || '.'} ` +
      `(${kB(result.bytes)} kB → ${kB(result.brotliBytes)} kB brotli) in ${Date.now() - started} ms`,
  );
}
