/**
 * How long a spec waits for something that comes asynchronously: a Web Lock's grant or a
 * BroadcastChannel message (in-memory fakes in unit specs, src/testing/fake-cross-tab.ts, so they
 * take a few promise turns, not a trip through the browser process), a Blob read, a lazy chunk.
 * It stays below Jasmine's timeout (5 s, karma.conf.js), so a spec that waits in vain fails with
 * its own message and leaves nothing running into the next spec.
 */
export const BROWSER_WAIT_MS = 2_000;

/**
 * Polls `done` (sync or async) once per macrotask until it holds; throws, naming `what`, once
 * `timeoutMs` have passed. Passing specs never wait longer than the thing they wait for.
 */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = BROWSER_WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}
