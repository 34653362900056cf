import { WsapiError } from '../../core/wsapi/wsapi-error';

/** What the dashboard says when its figures could not be loaded. */
export function summaryErrorMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'forbidden':
      return 'Your account is not allowed to see sales figures.';
    case 'too-many-requests':
      return 'Too many requests. Please wait a moment and try again.';
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'not-configured':
    case 'invalid-api-key':
      return 'This portal is not configured correctly. Please contact your administrator.';
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
    default:
      return 'The sales figures could not be loaded. Please try again.';
  }
}
