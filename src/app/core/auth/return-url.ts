/** Where to go after sign-in when no (acceptable) return URL was recorded. */
export const DEFAULT_SIGNED_IN_URL = '/dashboard';

/**
 * Accepts only an in-app path: starts with a single `/`, stays on this origin once parsed
 * (`//evil.test`, `/\evil.test`, `https://…` and `javascript:` are refused), and is not the
 * sign-in page itself.
 */
export function safeReturnUrl(candidate: string | null | undefined): string {
  if (
    !candidate ||
    !candidate.startsWith('/') ||
    candidate.startsWith('//') ||
    candidate.includes('\\')
  ) {
    return DEFAULT_SIGNED_IN_URL;
  }
  try {
    const base = 'https://portal.invalid';
    const url = new URL(candidate, base);
    const firstSegment = url.pathname.split(/[/;?#]/)[1] ?? '';
    if (url.origin !== base || firstSegment.toLowerCase() === 'login') {
      return DEFAULT_SIGNED_IN_URL;
    }
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_SIGNED_IN_URL;
  }
}
