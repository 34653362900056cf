import { RefusedRequest, WsapiError } from './wsapi-error';

type Kind = WsapiError['kind'];
type ErrorOf<K extends Kind> = Extract<WsapiError, { kind: K }>;

/**
 * What one feature adds to the shared sentences: what the user was doing, and the few sentences
 * only it says. Everything else comes from the one table below.
 */
export interface ErrorWording {
  /**
   * What was being done ("Saving the item"): a failed attempt then reads "Saving the item failed:
   * the server took too long to answer. …", and a refused one "Saving the item failed: <reason>".
   */
  readonly doing?: string;
  /** Said before each shared sentence ("The receipt was not sent."). */
  readonly lead?: string;
  /** What a 400 or 409 refused ("The change", "The sale"); the table says "The request". */
  readonly refused?: string;
  /** What a 404 means here ("This item no longer exists. It may have been deleted."). */
  readonly notFound?: string;
  /** This feature's own sentence for some kinds, said as is; null falls back to the table. */
  readonly own?: { readonly [K in Kind]?: (error: ErrorOf<K>) => string | null };
}

/** `45` → `45 seconds`, `120` → `2 minutes`, `90` → `2 minutes` (rounded up). */
export function waitText(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1;
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

function refusal({ message }: RefusedRequest, { refused }: ErrorWording): string {
  if (!refused)
    return message ? `The request was not accepted: ${message}` : 'The request was not accepted.';
  return message
    ? `${refused} was not accepted: ${message}`
    : `${refused} was not accepted. Check the form and try again.`;
}

/** The words a user reads for each kind of failure, whatever the feature. */
const SENTENCES: { readonly [K in Kind]: (error: ErrorOf<K>, wording: ErrorWording) => string } = {
  'not-configured': () =>
    'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.',
  'invalid-api-key': () =>
    'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.',
  network: () => 'The portal could not reach the server. Check your connection and try again.',
  timeout: () => 'The server took too long to answer. Please try again.',
  'session-expired': () => SESSION_ENDED,
  'invalid-credentials': () => SESSION_ENDED,
  locked: ({ retryAfterSeconds }) =>
    retryAfterSeconds === null
      ? 'This account is locked. Please contact your administrator.'
      : `This account is locked for now. Try again in ${waitText(retryAfterSeconds)}.`,
  forbidden: () => 'Your account is not allowed to do this. Please contact your administrator.',
  'invalid-request': refusal,
  conflict: refusal,
  'too-many-requests': ({ retryAfterSeconds }) =>
    `Too many requests. Please wait ${waitText(retryAfterSeconds)} and try again.`,
  server: ({ status }) =>
    status === 503
      ? 'The service is unavailable right now. Please try again in a moment.'
      : `The server had a problem (HTTP ${status}). Please try again in a moment.`,
  'not-found': (_, { notFound }) => notFound ?? 'The server could not find it.',
};

/** Failures of the attempt itself: with `doing`, they read "<doing> failed: …". */
const ATTEMPT: ReadonlySet<Kind> = new Set<Kind>([
  'forbidden',
  'locked',
  'network',
  'timeout',
  'server',
]);

/** What the user reads when a WSAPI call failed, in `wording`'s words where it has its own. */
export function wsapiErrorMessage(error: WsapiError, wording: ErrorWording = {}): string {
  const own = wording.own?.[error.kind] as ((error: WsapiError) => string | null) | undefined;
  const ownSentence = own?.(error);
  if (ownSentence) return ownSentence;
  const { doing, lead } = wording;
  if (doing && (error.kind === 'invalid-request' || error.kind === 'conflict')) {
    return error.message
      ? `${doing} failed: ${error.message}`
      : `${doing} failed. Check the form and try again.`;
  }
  const sentence = (SENTENCES[error.kind] as (error: WsapiError, w: ErrorWording) => string)(
    error,
    wording,
  );
  if (doing && ATTEMPT.has(error.kind))
    return `${doing} failed: ${sentence[0].toLowerCase()}${sentence.slice(1)}`;
  return lead ? `${lead} ${sentence}` : sentence;
}

/**
 * What a self-service form (first-login steps, account settings) says when loading or saving
 * failed. `notFound` names what the server does not offer ("this step", "this setting").
 */
export function selfServiceErrorMessage(error: WsapiError, notFound: string): string {
  return wsapiErrorMessage(error, {
    refused: 'The change',
    notFound: `The server does not offer ${notFound}. Please contact your administrator.`,
    own: {
      forbidden: () =>
        'Your account is not allowed to make this change. Please contact your administrator.',
      locked: ({ retryAfterSeconds }) =>
        retryAfterSeconds === null
          ? null
          : `Too many wrong current passwords: changing the password is locked for now. Try again in ${waitText(retryAfterSeconds)}.`,
    },
  });
}
