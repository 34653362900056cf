/**
 * Renders one environment's nginx config from mcm-portal.conf.template and its values, without
 * rebuilding the portal: CONF_DIR/mcm-portal.conf, CONF_DIR/index.html (the build's page prepared
 * by the sandbox's prepareIndex(), with a placeholder where each response's nonce goes, and the
 * sub-path's base href) and CONF_DIR/config.json.
 *
 *   node --import tsx deploy/nginx/render.ts [values file, default deploy/nginx/values.env]
 *   (every value may also come from an environment variable of the same name)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareIndex } from '../../sandbox/http/index-page.ts';
import { ASSET_FILE, HASHED_ASSET } from '../../sandbox/http/security-headers.ts';
import { headerDirectives, headerIncludes } from './directives.ts';
import { VALUE_NAMES, loadValues, type NginxValues } from './values.ts';

const TEMPLATE = fileURLToPath(new URL('mcm-portal.conf.template', import.meta.url));
/** Where the nonce goes in the prepared page; sub_filter swaps it for `$request_id`. */
export const NONCE_PLACEHOLDER = '__MCM_PORTAL_CSP_NONCE__';

export interface RenderOptions {
  /** Test runs only: also proxy `/__sandbox/` (the sandbox's test controls) to this origin. */
  testControlsOrigin?: string;
}

/** File name in CONF_DIR → text. */
export type RenderedSite = Record<string, string>;

/** `${NAME}` → value; an unknown name is an error, so the template and the code cannot drift. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template names \${${name}}, which has no value`);
    return value;
  });
}

/** The built index.html with the sub-path's `<base href>` (no rebuild needed for a sub-path). */
export function withBaseHref(html: string, publicPath: string): string {
  const base = /<base\s+href="[^"]*"\s*\/?>/i;
  if (!base.test(html)) throw new Error('the built index.html has no <base href>');
  return html.replace(base, `<base href="${publicPath}">`);
}

/** config.json's WSAPI address, and the connect-src origins it needs beyond 'self'. */
function wsapiAddress(values: NginxValues): { baseUrl: string; connectSrc: string[] } {
  const baseUrl = values.WSAPI_BASE_URL || `${values.PUBLIC_PATH}WSAPI`;
  if (!/^https?:\/\//i.test(baseUrl)) return { baseUrl, connectSrc: [] };
  return { baseUrl, connectSrc: [new URL(baseUrl).origin] };
}

function listenLines(values: NginxValues): Record<string, string> {
  const tls = values.TLS_CERTIFICATE !== '';
  if (!tls) return { LISTEN: `    listen ${values.LISTEN};`, REDIRECT_SERVER: '' };
  const listen = [
    `    listen ${values.LISTEN} ssl http2;`,
    `    ssl_certificate ${values.TLS_CERTIFICATE};`,
    `    ssl_certificate_key ${values.TLS_CERTIFICATE_KEY};`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    '    ssl_session_cache shared:mcm_portal_tls:10m;',
    '    ssl_session_tickets off;',
  ].join('\n');
  const redirect = values.HTTP_REDIRECT_LISTEN
    ? [
        'server {',
        `    listen ${values.HTTP_REDIRECT_LISTEN};`,
        `    server_name ${values.SERVER_NAME};`,
        '    server_tokens off;',
        '    access_log off;',
        '    return 301 https://$host$request_uri;',
        '}',
      ].join('\n')
    : '';
  return { LISTEN: listen, REDIRECT_SERVER: redirect };
}

function upstreamTls(values: NginxValues): string {
  if (!values.WSAPI_UPSTREAM.startsWith('https:')) return '';
  return [
    '        proxy_ssl_server_name on;',
    '        proxy_ssl_verify on;',
    `        proxy_ssl_trusted_certificate ${values.UPSTREAM_CA};`,
    '        proxy_ssl_protocols TLSv1.2 TLSv1.3;',
  ].join('\n');
}

function testControls(values: NginxValues, origin: string | undefined): string {
  if (!origin) return '';
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin))
    throw new Error('test controls are proxied only to a sandbox on 127.0.0.1');
  return [
    "    # Test runs only (never rendered from values.env): the sandbox's /__sandbox/ controls.",
    `    location ^~ ${values.PUBLIC_PATH}__sandbox/ {`,
    `        proxy_pass ${origin}/__sandbox/;`,
    '        proxy_pass_header Date;',
    '    }',
  ].join('\n');
}

/** The three files of one environment, from the build in STATIC_ROOT. */
export function renderSite(values: NginxValues, options: RenderOptions = {}): RenderedSite {
  const built = readFileSync(join(values.STATIC_ROOT, 'index.html'), 'utf8');
  const page = prepareIndex(withBaseHref(built, values.PUBLIC_PATH));
  const { baseUrl, connectSrc } = wsapiAddress(values);
  const tls = values.TLS_CERTIFICATE !== '';
  const subPath = values.PUBLIC_PATH !== '/';
  const filled: Record<string, string> = {
    ...Object.fromEntries(VALUE_NAMES.map((name) => [name, values[name]])),
    ...listenLines(values),
    ...headerDirectives(values.CONF_DIR),
    UPSTREAM_TLS: upstreamTls(values),
    TEST_CONTROLS: testControls(values, options.testControlsOrigin),
    SUB_PATH_REDIRECT: subPath
      ? [
          `    location = ${values.PUBLIC_PATH.slice(0, -1)} {`,
          `        include ${values.CONF_DIR}/security-headers.conf;`,
          `        return 301 ${values.PUBLIC_PATH};`,
          '    }',
        ].join('\n')
      : '',
    HASHED_ASSET: HASHED_ASSET.source,
    ASSET_FILE: ASSET_FILE.source,
    NONCE_PLACEHOLDER,
  };
  const config = {
    wsapiBaseUrl: baseUrl,
    applicationKey: values.APPLICATION_KEY,
    apiVersion: values.API_VERSION,
  };
  return {
    'mcm-portal.conf': fillTemplate(readFileSync(TEMPLATE, 'utf8'), filled),
    'index.html': page.parts.join(NONCE_PLACEHOLDER),
    'config.json': JSON.stringify(config, null, 2) + '\n',
    ...headerIncludes({ scriptHashes: page.scriptHashes, connectSrc, tls }),
  };
}

/** Renders and writes the files into CONF_DIR (world-readable: nginx's workers read them). */
export function writeSite(values: NginxValues, options: RenderOptions = {}): RenderedSite {
  const site = renderSite(values, options);
  mkdirSync(values.CONF_DIR, { recursive: true, mode: 0o755 });
  for (const [name, text] of Object.entries(site)) {
    writeFileSync(join(values.CONF_DIR, name), text, { mode: 0o644 });
  }
  return site;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? fileURLToPath(new URL('values.env', import.meta.url));
  try {
    const values = loadValues(file, process.env);
    writeSite(values);
    console.log(`wrote mcm-portal.conf, index.html and config.json to ${values.CONF_DIR}`);
    console.log(`include ${join(values.CONF_DIR, 'mcm-portal.conf')} in nginx's http {} block`);
  } catch (error) {
    console.error(`render: ${(error as Error).message}`);
    process.exit(1);
  }
}
