// Bytes of the production build, measured from the files on disk.
// raw = file size; gzip = zlib level 9; brotli = zlib brotli quality 11 (what the Angular CLI's
// "estimated transfer size" approximates, and what the sandbox serves). 1 kB = 1000 bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cache = new Map();

/** { raw, gzip, brotli } in bytes for one file of the build. */
export function fileSizes(dir, name) {
  const path = join(dir, name);
  if (!cache.has(path)) {
    const buffer = readFileSync(path);
    cache.set(path, {
      raw: buffer.length,
      gzip: gzipSync(buffer, { level: 9 }).length,
      brotli: brotliCompressSync(buffer, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
        },
      }).length,
    });
  }
  return cache.get(path);
}

/** Sum of fileSizes over names, plus the names. */
export function totalSizes(dir, names) {
  const total = { files: [...names].sort(), raw: 0, gzip: 0, brotli: 0 };
  for (const name of names) {
    const sizes = fileSizes(dir, name);
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

const attribute = (tag, name) =>
  new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
const local = (href) => (href && !/^[a-z]+:|^\/\//i.test(href) ? href.replace(/^\.?\//, '') : null);

/** Static imports of an ESM file (`from"./x.js"`, `import"./x.js"`; not dynamic `import(...)`). */
export function staticImports(dir, name) {
  const source = readFileSync(join(dir, name), 'utf8');
  const found = new Set();
  for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.m?js)["']/g))
    found.add(match[1]);
  return [...found];
}

/**
 * The initial files: what index.html loads (module scripts, stylesheets, modulepreloads) plus
 * every chunk reachable from them by static imports. index.html alone is not enough: the CLI
 * writes at most 10 modulepreload hints, the rest is found by following imports.
 */
export function initialFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
    /<noscript>[\s\S]*?<\/noscript>/gi,
    '',
  );
  const fromHtml = new Set();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = local(attribute(tag, 'src'));
    if (src) fromHtml.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
    const href = local(attribute(tag, 'href'));
    if (href && (rel === 'stylesheet' || rel === 'modulepreload')) fromHtml.add(href);
  }
  const all = new Set(fromHtml);
  const queue = [...fromHtml].filter((name) => name.endsWith('.js'));
  while (queue.length > 0) {
    for (const imported of staticImports(dir, queue.shift())) {
      if (!all.has(imported)) {
        all.add(imported);
        queue.push(imported);
      }
    }
  }
  return { names: [...all], namedInHtml: fromHtml.size };
}

/** Every .js of the build that is not initial: { name, raw, brotli }, largest brotli first. */
export function lazyChunks(dir, initialNames) {
  const initial = new Set(initialNames);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') && !initial.has(name))
    .map((name) => {
      const { raw, brotli } = fileSizes(dir, name);
      return { name, raw, brotli };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

/** The bytes part of the report, given the files /login fetched (from the browser). */
export function measureBytes(dir, baseline, loginFetched) {
  const initial = initialFiles(dir);
  const initialTotal = totalSizes(dir, initial.names);
  const login = loginFetched ? totalSizes(dir, loginFetched) : null;
  const ratio = (total) => ({
    raw: total.raw / 1000 / baseline.rawKb,
    brotli: total.brotli / 1000 / baseline.brotliKb,
  });
  return {
    baseline,
    initial: { ...initialTotal, namedInIndexHtml: initial.namedInHtml, ratio: ratio(initialTotal) },
    login: login && {
      ...login,
      beyondInitial: login.files.filter((name) => !initial.names.includes(name)),
      ratio: ratio(login),
    },
    lazyChunks: lazyChunks(dir, initial.names),
  };
}
