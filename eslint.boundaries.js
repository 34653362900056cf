// @ts-check
// The layers of the portal (README.md, Layout), as zones of import-x's `no-restricted-paths`:
// each zone says which files (`target`) may not import which (`from`).
const fs = require('node:fs');
const path = require('node:path');

/** @param {string} app the app's source folder, relative to the repository */
function appBoundaries(app) {
  const at = (/** @type {string} */ folder) => `${app}/${folder}`;
  const features = fs
    .readdirSync(path.join(__dirname, app, 'features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return [
    {
      target: at('core'),
      from: [at('shell'), at('features')],
      message: 'core is the spine: it never imports the shell or a feature.',
    },
    {
      target: at('core/config'),
      from: [at('core/wsapi'), at('core/auth'), at('core/access')],
      message: 'core/config is the bottom layer: it imports no other part of core.',
    },
    {
      target: at('core/wsapi'),
      from: [at('core/auth'), at('core/access')],
      message: 'core/wsapi is below core/auth: the session reaches it through WSAPI_SESSION.',
    },
    {
      target: at('core/auth'),
      from: [at('core/access')],
      message: 'core/auth is below core/access: guards read the session, never the reverse.',
    },
    {
      target: at('shared'),
      from: [at('shell'), at('features')],
      message:
        'shared holds building blocks for every page: it never imports the shell or a feature.',
    },
    ...features.map((feature) => ({
      target: at(`features/${feature}`),
      from: [at('features'), at('shell')],
      except: [`./${feature}`],
      message:
        'A feature imports only core and shared: never another feature or the shell (what features share lives in core or shared).',
    })),
  ];
}

module.exports = { appBoundaries };
