import { formatVendorTimestamp } from '../clock.ts';
import { declineMessage } from '../payments/cards.ts';
import { currencyByCode, formatDecimal, formatMoney, taxRateFromMilli } from '../payments/money.ts';
import type { TransactionRecord } from '../store/transaction-records.ts';

/** What the API answers for a transaction. Timestamps: `yyyyMMddHHmmss`, UTC (as `session.expires`). */
export function transactionJson(t: TransactionRecord, now: number) {
  const settled = now >= t.settlesAt;
  const isSale = t.type === 'sale';
  const open = isSale && (t.status === 'approved' || t.status === 'partially_refunded');
  return {
    id: t.id,
    type: t.type,
    status: t.status,
    parent_id: t.parentId,
    created_at: formatVendorTimestamp(t.createdAt),
    settled,
    settles_at: formatVendorTimestamp(t.settlesAt),
    voided_at: t.voidedAt === null ? null : formatVendorTimestamp(t.voidedAt),
    user_name: t.userName,
    currency: t.currency,
    tender: t.tender,
    card:
      t.cardBrand && t.cardLast4
        ? {
            brand: t.cardBrand,
            last4: t.cardLast4,
            entry_mode: 'manual',
            avs_result: t.avsResult ?? 'not_checked',
            cvv_result: t.cvvResult ?? 'not_checked',
          }
        : null,
    approval_code: t.approvalCode,
    decline: t.declineCode ? { code: t.declineCode, message: declineMessage(t.declineCode) } : null,
    subtotal: t.subtotal,
    discount: t.discount,
    tax_rate: taxRateFromMilli(t.taxRate),
    tax: t.tax,
    tip: t.tip,
    total: t.total,
    refunded: t.refunded,
    refundable: open ? t.total - t.refunded : 0,
    voidable: isSale && t.status === 'approved' && !settled,
    restocked: t.restocked,
  };
}

/** The detail: the list row plus the lines and, for a sale, its refunds (oldest first). */
export function transactionDetailJson(
  t: TransactionRecord,
  refunds: readonly TransactionRecord[],
  now: number,
) {
  return {
    ...transactionJson(t, now),
    lines: t.lines.map((line) => ({ ...line })),
    refunds: refunds.map((refund) => ({
      id: refund.id,
      amount: refund.total,
      created_at: formatVendorTimestamp(refund.createdAt),
      user_name: refund.userName,
    })),
  };
}

export interface ReceiptSettings {
  header: string;
  footer: string;
}

export interface ReceiptContext {
  merchantName: string;
  settings: ReceiptSettings;
  /** `processing.receipt.show_tax`: without it the receipt has no tax keys or line. */
  showTax: boolean;
  locale: string;
}

/** The email receipt: structured content plus the plain text the email would carry. */
export function receiptJson(
  t: TransactionRecord,
  refunds: readonly TransactionRecord[],
  context: ReceiptContext,
) {
  const currency = currencyByCode(t.currency);
  const money = (minor: number) => formatMoney(minor, currency, context.locale);
  const isSale = t.type === 'sale';
  const receipt: Record<string, unknown> = {
    merchant_name: context.merchantName,
    header: context.settings.header,
    footer: context.settings.footer,
    transaction_id: t.id,
    type: t.type,
    status: t.status,
    created_at: formatVendorTimestamp(t.createdAt),
    currency: t.currency,
    lines: t.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity,
      unit_price: line.unit_price,
      amount: line.amount,
    })),
    subtotal: t.subtotal,
    discount: t.discount,
    ...(context.showTax ? { tax_rate: taxRateFromMilli(t.taxRate), tax: t.tax } : {}),
    tip: t.tip,
    total: t.total,
    refunded: t.refunded,
    tender: t.tender,
    card: t.cardBrand && t.cardLast4 ? { brand: t.cardBrand, last4: t.cardLast4 } : null,
    approval_code: t.approvalCode,
    decline: t.declineCode ? { code: t.declineCode, message: declineMessage(t.declineCode) } : null,
  };

  const row = (label: string, value: string) => `${label.padEnd(28)} ${value.padStart(12)}`;
  const text: string[] = [context.merchantName];
  if (context.settings.header) text.push(context.settings.header);
  text.push(
    '',
    `${isSale ? 'Sale' : 'Refund'} ${t.id}`,
    `${new Date(t.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Status: ${t.status.replace('_', ' ')}`,
    '',
  );
  text.push(
    ...t.lines.map((line) => row(`${line.quantity} x ${line.description}`, money(line.amount))),
  );
  if (isSale) {
    text.push(row('Subtotal', money(t.subtotal)));
    if (t.discount) text.push(row('Discount', money(-t.discount)));
    if (context.showTax) text.push(row(`Tax (${taxRateFromMilli(t.taxRate)}%)`, money(t.tax)));
    if (t.tip) text.push(row('Tip', money(t.tip)));
  }
  text.push(row(isSale ? 'Total' : 'Refunded to you', money(t.total)));
  text.push(
    t.cardBrand && t.cardLast4
      ? `${t.tender}: ${t.cardBrand} ending ${t.cardLast4}${t.approvalCode ? ` (approval ${t.approvalCode})` : ''}`
      : t.tender,
  );
  if (t.declineCode) text.push(`Declined: ${declineMessage(t.declineCode)}`);
  for (const refund of refunds) {
    const day = new Date(refund.createdAt).toISOString().slice(0, 10);
    text.push(row(`Refund ${day}`, money(-refund.total)));
  }
  if (context.settings.footer) text.push('', context.settings.footer);
  receipt['text'] = text.join('\n');
  return receipt;
}

const CSV_COLUMNS = [
  'id',
  'type',
  'parent_id',
  'created_at',
  'status',
  'tender',
  'card_brand',
  'card_last4',
  'currency',
  'subtotal',
  'discount',
  'tax',
  'tip',
  'total',
  'refunded',
  'user_name',
  'description',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds `"`, `,`, CR or LF, quotes doubled. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
 * leading `'` (OWASP CSV injection); amounts are written by us and never start that way.
 */
export function csvField(value: string, text = true): string {
  const guarded = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const CSV_HEADER = CSV_COLUMNS.join(',') + '\r\n';

/** One CSV record, CRLF-terminated. Amounts in major units ("12.50"), times ISO 8601 UTC. */
export function csvRow(t: TransactionRecord): string {
  const exponent = currencyByCode(t.currency).exponent;
  const amount = (minor: number) => csvField(formatDecimal(minor, exponent), false);
  const description = t.lines.map((line) => `${line.quantity} x ${line.description}`).join('; ');
  return (
    [
      csvField(t.id),
      csvField(t.type),
      csvField(t.parentId ?? ''),
      csvField(new Date(t.createdAt).toISOString(), false),
      csvField(t.status),
      csvField(t.tender),
      csvField(t.cardBrand ?? ''),
      csvField(t.cardLast4 ?? ''),
      csvField(t.currency),
      amount(t.subtotal),
      amount(t.discount),
      amount(t.tax),
      amount(t.tip),
      amount(t.type === 'refund' ? -t.total : t.total),
      amount(t.refunded),
      csvField(t.userName),
      csvField(description),
    ].join(',') + '\r\n'
  );
}
