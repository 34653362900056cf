// The flags of every Chromium this repo starts (Karma, Playwright, the bench): as root, on a closed
// network. CommonJS so that karma.conf.js can require it; playwright.config.ts and the bench import it.
const { statfsSync } = require('node:fs');

/**
 * Debian's own wrapper (/etc/chromium.d/dev-shm) moves shared memory out of /dev/shm only when it
 * has less than 3.8 GB free; the same rule here. Forcing it always would put every shared-memory
 * buffer of Chromium's inter-process messages (Web Locks, BroadcastChannel) on disk, in /tmp.
 */
function devShmIsRoomy() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    return bavail * bsize >= 4_080_218_931;
  } catch {
    return false;
  }
}

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  ...(devShmIsRoomy() ? [] : ['--disable-dev-shm-usage']),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

module.exports = { chromiumFlags };
