// Only `version` is imported: the bundler keeps that one field of package.json, nothing else.
import { version } from '../../../../package.json';

/** `X-Roam-ClientVersion`: the portal's own version, from package.json at build time. */
export const CLIENT_VERSION: string = version;
