import { WsapiError } from '../../core/wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../core/wsapi/wsapi-error-message';
import { formatMoney } from '../../shared/money/money';
import { ActionOutcome } from './transactions.model';

/** What the Transactions pages say when loading or an action failed. */
export function transactionsErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    notFound: 'This transaction was not found. It may belong to another organization.',
    own: {
      'invalid-request': ({ field }) =>
        field === 'amount'
          ? 'The refund was refused: it is more than what remains refundable on this sale. The sale has been reloaded.'
          : field === 'email'
            ? 'That email address was not accepted. Check it and try again.'
            : null,
      conflict: () =>
        'This can no longer be done: the transaction changed (it may have settled, or been voided or refunded). It has been reloaded.',
    },
  });
}

/** Whether sending the same action again could help (a refusal will not change on its own). */
export function isRetryable(error: WsapiError): boolean {
  return (
    error.kind === 'network' ||
    error.kind === 'timeout' ||
    error.kind === 'too-many-requests' ||
    error.kind === 'server'
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
