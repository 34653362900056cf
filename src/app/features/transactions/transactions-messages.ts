import { WsapiError } from '../../core/wsapi/wsapi-error';
import { formatMoney } from '../../shared/money/money';
import { ActionOutcome } from './transactions.model';

/** What the Transactions pages say when loading or an action failed. */
export function transactionsErrorMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'invalid-request':
      if (error.field === 'amount')
        return 'The refund was refused: it is more than what remains refundable on this sale. The sale has been reloaded.';
      if (error.field === 'email')
        return 'That email address was not accepted. Check it and try again.';
      return error.message
        ? `The request was not accepted: ${error.message}`
        : 'The request was not accepted.';
    case 'forbidden':
      return 'Your account is not allowed to do this. Please contact your administrator.';
    case 'not-found':
      return 'This transaction was not found. It may belong to another organization.';
    case 'too-many-requests':
      return `Too many requests. Please wait ${error.retryAfterSeconds} seconds and try again.`;
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'not-configured':
      return 'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.';
    case 'invalid-api-key':
      return 'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.';
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'locked':
      return 'Your account is locked for now. Please try again later.';
    case 'server':
      if (error.status === 409)
        return 'This can no longer be done: the transaction changed (it may have settled, or been voided or refunded). It has been reloaded.';
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
  }
}

/** Whether sending the same action again could help (a refusal will not change on its own). */
export function isRetryable(error: WsapiError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'too-many-requests' ||
    (error.kind === 'server' && error.status !== 409)
  );
}

export function outcomeMessage(outcome: ActionOutcome, locale: string): string {
  switch (outcome.kind) {
    case 'refunded':
      return `Refunded ${formatMoney(outcome.amount, outcome.currency, locale)}.`;
    case 'voided':
      return 'The sale was voided.';
    case 'receipt-sent':
      return `Receipt sent to ${outcome.email}.`;
  }
}
