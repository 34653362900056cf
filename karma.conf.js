// Karma runs the unit specs in headless Debian Chromium (never a downloaded browser).
// CHROME_BIN overrides the binary; the flags keep it working as root and off the network.
const fs = require('node:fs');
const { chromiumFlags } = require('./scripts/chromium-flags.cjs');
const path = require('node:path');

process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

// Specs run in random order; the seed is chosen here (or taken from JASMINE_SEED) so a failure
// seen on CI can be replayed in the same order: `JASMINE_SEED=12345 npm run test:unit`.
const seed = process.env.JASMINE_SEED || String(Math.floor(Math.random() * 100000));

// Writes { passed, failed, skipped, seed, failures } to KARMA_SUMMARY_FILE so `npm test` can sum
// every suite and repeat the failing specs (name and first lines of the message) in its summary.
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  this.adapters = [];
  const failures = [];
  this.onSpecComplete = (_browser, result) => {
    if (result.success || result.skipped) return;
    const message = (result.log ?? []).join('\n').split('\n').slice(0, 4).join('\n');
    failures.push({ name: [...result.suite, result.description].join(' › '), message });
  };
  this.onRunComplete = (_browsers, results) => {
    const file = process.env.KARMA_SUMMARY_FILE;
    if (!file) return;
    const failed = results.failed + (results.error ? 1 : 0);
    if (results.error) failures.push({ name: 'Karma run error', message: 'see the output above' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({
        passed: results.success,
        failed,
        skipped: results.skipped ?? 0,
        seed,
        failures,
      }),
    );
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      { 'reporter:summary': ['type', SummaryReporter] },
    ],
    client: {
      jasmine: {
        // Random order catches specs that depend on each other.
        random: true,
        seed,
        // Specs that wait for something asynchronous poll for up to 2 s (src/testing/wait-until.ts);
        // this stays above that so their own message is the failure.
        timeoutInterval: 5_000,
      },
    },
    jasmineHtmlReporter: {
      suppressAll: true,
    },
    coverageReporter: {
      dir: path.join(__dirname, './coverage/mcm-portal'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ['progress', 'kjhtml', 'summary'],
    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        flags: chromiumFlags,
      },
    },
    browserNoActivityTimeout: 60000,
    restartOnFileChange: true,
  });
};
