let started = false;

/**
 * Loads the code of the signed-in layout and the dashboard ahead of need (once), so that after
 * "Sign in" the only request is the sign-in itself. The router's lazy routes import the very same
 * modules, so they find them already loaded. Failures are ignored: the router will try again.
 */
export function prefetchSignedInArea(): void {
  if (started) return;
  started = true;
  void Promise.all([
    import('../../../shell/shell-layout/shell-layout'),
    import('../../../features/dashboard/dashboard-page'),
  ]).catch(() => (started = false));
}
