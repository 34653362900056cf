/** How the WSAPI reports a declined sale: a code, and (sometimes) the processor's own message. */
export interface SaleDecline {
  readonly code: string;
  readonly message: string;
}

const INSUFFICIENT_FUNDS = 'Insufficient funds. Ask the customer for another card.';
const DO_NOT_HONOR = 'The card issuer declined the sale. Ask the customer for another card.';
const EXPIRED = 'The card issuer reports the card as expired. Ask the customer for another card.';
const PROCESSING_ERROR = 'The card could not be processed. Try again, or try another card.';
const LOST_OR_STOLEN = 'The card issuer reports the card as lost or stolen. Do not try it again.';

/**
 * The one table from a decline code to the words a merchant reads. The sandbox's codes
 * (`insufficient_funds`…, sandbox/README.md) and the vendor's host codes for the same reasons
 * (7000 + the ISO 8583 response code: 7051, 7005…).
 */
const DECLINE_REASONS: Readonly<Record<string, string>> = {
  insufficient_funds: INSUFFICIENT_FUNDS,
  '7051': INSUFFICIENT_FUNDS,
  do_not_honor: DO_NOT_HONOR,
  '7005': DO_NOT_HONOR,
  expired_card: EXPIRED,
  '7054': EXPIRED,
  processing_error: PROCESSING_ERROR,
  '7006': PROCESSING_ERROR,
  lost_or_stolen: LOST_OR_STOLEN,
  '7041': LOST_OR_STOLEN,
  '7043': LOST_OR_STOLEN,
  avs_mismatch: 'The billing postal code does not match the card. Check it, or try another card.',
  cvv_mismatch: 'The security code (CVV) does not match the card. Check it, or try another card.',
};

/**
 * Why a sale was declined, in words: the table's, else the processor's message, else a general
 * sentence — never the bare code.
 */
export function declineReason(decline: SaleDecline): string {
  return DECLINE_REASONS[decline.code] ?? (decline.message.trim() || 'The card was declined.');
}
