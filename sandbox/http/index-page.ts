import { createHash, randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Stands for the nonce in a prepared page; NUL never occurs in a built index.html. */
const NONCE_MARK = '\u0000nonce\u0000';

/** A fresh CSP nonce per index.html response: 128 bits from the CSPRNG, base64. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/** CSP source (without quotes) for an inline script's text, hashed as the browser does. */
export function scriptHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return 'sha256-' + createHash('sha256').update(normalised, 'utf8').digest('base64');
}

/** index.html, parsed once: the text around each nonce, and the hashes of its inline scripts. */
export interface PreparedIndex {
  readonly parts: readonly string[];
  readonly scriptHashes: readonly string[];
}

/** The page for one response, with `nonce` everywhere the prepared page needs it. */
export function renderIndex(page: PreparedIndex, nonce: string): string {
  return page.parts.join(nonce);
}

interface Attribute {
  name: string;
  value: string | undefined;
  /** The attribute as written (leading whitespace included), re-emitted when unchanged. */
  raw: string;
}

const TAG =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** The `onload` handler of Angular's critical-CSS inliner (beasties): `this.media='all'`. */
const MEDIA_ON_LOAD = /^this\.media=["'](.*)["'];?$/;

function parseAttributes(text: string): Attribute[] {
  return [...text.matchAll(ATTRIBUTE)].map((match) => ({
    name: match[1]!,
    value: match[2] ?? match[3] ?? match[4],
    raw: match[0],
  }));
}

function find(attributes: Attribute[], name: string): Attribute | undefined {
  return attributes.find((attribute) => attribute.name.toLowerCase() === name.toLowerCase());
}

/** Sets (or adds) an attribute; the value is written verbatim between double quotes. */
function set(attributes: Attribute[], name: string, value: string): void {
  const raw = ` ${name}="${value}"`;
  const existing = find(attributes, name);
  if (existing) Object.assign(existing, { value, raw: ` ${existing.name}="${value}"` });
  else attributes.push({ name, value, raw });
}

function remove(attributes: Attribute[], name: string): void {
  const index = attributes.findIndex((attr) => attr.name.toLowerCase() === name.toLowerCase());
  if (index >= 0) attributes.splice(index, 1);
}

/**
 * Prepares a built index.html for a strict CSP:
 * - every `<style>` gets `nonce` (the response's nonce), and so does Angular's `ngCspNonce`
 *   attribute: the build's placeholder value if it has one, else a new attribute on `<mcm-root>`
 *   (or the first custom element), which Angular reads for the `<style>` elements it inserts;
 * - every inline `<script>` is hashed for `script-src` (a `nonce` on it gets the same value);
 * - the critical-CSS inliner's `<link media="print" onload="this.media='all'">` loses its inline
 *   handler (which no strict CSP allows) and gets `media="all"` directly, as Angular's own
 *   builder does for webpack: the stylesheet then loads as a normal one.
 * The markup is otherwise left byte for byte as built.
 */
export function prepareIndex(html: string): PreparedIndex {
  const scriptHashes: string[] = [];
  const hasNonceAttribute = /\sngCspNonce\s*=/i.test(html);
  const rootTag = /<mcm-root[\s>]/i.test(html) ? 'mcm-root' : undefined;
  let nonceHolderPlaced = hasNonceAttribute;
  let inBody = false;
  let output = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    output += html.slice(last, match.index);
    last = TAG.lastIndex;
    const name = match[1]?.toLowerCase();
    if (!name) {
      output += match[0];
      continue;
    }
    if (name === 'body') inBody = true;
    const attributes = parseAttributes(match[2] ?? '');
    const nonceHolder = find(attributes, 'ngCspNonce');
    if (nonceHolder) set(attributes, nonceHolder.name, NONCE_MARK);
    else if (
      !nonceHolderPlaced &&
      inBody &&
      (rootTag ? name === rootTag : name.includes('-') && !name.includes(':'))
    ) {
      set(attributes, 'ngCspNonce', NONCE_MARK);
      nonceHolderPlaced = true;
    }
    if (name === 'style') set(attributes, 'nonce', NONCE_MARK);
    if (name === 'script' && find(attributes, 'nonce')) set(attributes, 'nonce', NONCE_MARK);
    if (name === 'link') {
      const media = MEDIA_ON_LOAD.exec(find(attributes, 'onload')?.value ?? '');
      if (media) {
        remove(attributes, 'onload');
        set(attributes, 'media', media[1]!);
      }
    }
    const written = attributes.map((attribute) => attribute.raw).join('');
    const original = match[2] ?? '';
    output +=
      written === original
        ? match[0]
        : `<${match[1]}${written}${match[0].slice(1 + match[1]!.length + original.length)}`;
    if (name === 'script' || name === 'style') {
      // Raw text up to the end tag: never parsed as markup.
      const end = html.slice(last).search(new RegExp(`</${name}\\s*>`, 'i'));
      const textEnd = end < 0 ? html.length : last + end;
      const text = html.slice(last, textEnd);
      if (name === 'script' && !find(attributes, 'src')) scriptHashes.push(scriptHash(text));
      output += text;
      last = textEnd;
      TAG.lastIndex = textEnd;
    }
  }
  output += html.slice(last);
  return { parts: output.split(NONCE_MARK), scriptHashes: [...new Set(scriptHashes)] };
}

/** The prepared index.html of a build, re-read whenever the file's mtime or size changes. */
export class IndexPageCache {
  #entry: { mtimeMs: number; size: number; page: Promise<PreparedIndex> } | undefined;

  get(path: string, stats: Stats): Promise<PreparedIndex> {
    const entry = this.#entry;
    if (entry && entry.mtimeMs === stats.mtimeMs && entry.size === stats.size) return entry.page;
    const page = readFile(path, 'utf8').then(prepareIndex);
    this.#entry = { mtimeMs: stats.mtimeMs, size: stats.size, page };
    page.catch(() => {
      if (this.#entry?.page === page) this.#entry = undefined;
    });
    return page;
  }
}
