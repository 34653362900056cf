// Functions that run inside the page (serialised by Playwright), so they use browser globals.
// Times are performance.now() in the page: milliseconds, no CDP round trips included.
/* global document, window, performance, requestAnimationFrame, MutationObserver, fetch */

// Each function must be self-contained (Playwright sends its source text, not its closure).
// "Painted" = the frame after the DOM change has been rendered: requestAnimationFrame, then a task.

/**
 * Arms `window.__benchDashboard`: resolves to { ms, clickedAt, paintedAt }: ms from the next click
 * on the page (capture phase, before the app's handlers) until `[data-testid="user-name"]` has
 * text, is visible, and is painted; clickedAt/paintedAt as epoch ms (timeOrigin + now).
 */
export function armClickToDashboard(timeoutMs) {
  window.__benchDashboard = new Promise((resolve, reject) => {
    let clickedAt;
    document.addEventListener('click', () => (clickedAt = performance.now()), {
      capture: true,
      once: true,
    });
    const shown = () => {
      const element = document.querySelector('[data-testid="user-name"]');
      return !!element && element.textContent.trim() !== '' && element.getClientRects().length > 0;
    };
    const observer = new MutationObserver(() => {
      if (clickedAt === undefined || !shown()) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          const now = performance.now();
          const origin = performance.timeOrigin;
          resolve({ ms: now - clickedAt, clickedAt: origin + clickedAt, paintedAt: origin + now });
        }, 0),
      );
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`dashboard not painted within ${timeoutMs} ms of the click`));
    }, timeoutMs);
  });
}

/** ms for a raw fetch of the login POST from this page, body read; also the status. */
export async function rawLoginFetch({ headers, userName, password }) {
  const started = performance.now();
  const response = await fetch('/WSAPI/Authentication', {
    method: 'POST',
    headers,
    body: JSON.stringify({ user_name: userName, password }),
  });
  await response.json();
  return { ms: performance.now() - started, status: response.status };
}

/**
 * Init script (runs before any page script): `window.__benchReady` resolves to ms from navigation
 * start (performance.timeOrigin) until an enabled, visible "Sign in" button is painted.
 */
export function armSignInReady() {
  window.__benchReady = new Promise((resolve) => {
    const ready = () =>
      [...document.querySelectorAll('button')].some(
        (button) =>
          button.textContent.trim() === 'Sign in' &&
          !button.disabled &&
          button.getClientRects().length > 0,
      );
    let done = false;
    const check = () => {
      if (done || !ready()) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** The static comparison page: same server, no script, one visible "Sign in" button. */
export const STATIC_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bench static page</title></head>
<body><main><h1>MCM Portal</h1><button type="button">Sign in</button></main></body></html>
`;

/**
 * At epoch ms `at` (Date.now(), the clock every tab and the bench share) clicks the dashboard's
 * "Refresh" (sales figures) button, so that all tabs send their WSAPI GET within a millisecond or
 * two. Resolves { outcome, clickedAt, doneAt } once that load has ended: 'figures shown' (the
 * button went "Refreshing…" and back, figures on screen, no error), 'error shown', 'signed out'
 * (the tab left for /login) or 'timeout'.
 */
export function clickRefreshAt({ at, timeoutMs }) {
  const refreshButton = () =>
    [...document.querySelectorAll('button')].find((button) =>
      /^Refresh(ing…)?$/.test(button.textContent.trim()),
    );
  return new Promise((resolve) => {
    const button = refreshButton();
    if (!button || button.disabled) {
      resolve({ outcome: 'no enabled "Refresh" button' });
      return;
    }
    let clickedAt;
    let loading = false;
    const outcome = () => {
      if (window.location.pathname.startsWith('/login')) return 'signed out';
      if (document.querySelector('[data-testid="summary-error"]')) return 'error shown';
      const label = refreshButton()?.textContent.trim();
      if (label === 'Refreshing…') loading = true;
      const figures = document.querySelector('[data-testid="figures-today"]');
      return loading && label === 'Refresh' && figures ? 'figures shown' : null;
    };
    const finish = (result) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve({ outcome: result, clickedAt, doneAt: Date.now() });
    };
    const observer = new MutationObserver(() => {
      const result = clickedAt === undefined ? null : outcome();
      if (result) finish(result);
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const timer = setTimeout(() => finish('timeout'), Math.max(0, at - Date.now()) + timeoutMs);
    setTimeout(
      () => {
        clickedAt = Date.now();
        button.click();
      },
      Math.max(0, at - Date.now()),
    );
  });
}

/**
 * This tab's WSAPI requests started at or after epoch ms `since`, from Resource Timing: path,
 * start and response end (epoch ms). The browser's own times, no CDP delays included.
 */
export function wsapiTimings(since) {
  return performance
    .getEntriesByType('resource')
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      start: performance.timeOrigin + entry.startTime,
      end: performance.timeOrigin + entry.responseEnd,
    }))
    .filter((entry) => entry.path.startsWith('/WSAPI/') && entry.start >= since);
}
