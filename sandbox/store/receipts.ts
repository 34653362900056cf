import { OUTBOX_LIMIT } from '../payments/receipt-policy.ts';
import type { Db } from './db.ts';

export interface ReceiptSettings {
  header: string;
  footer: string;
}

export const EMPTY_RECEIPT_SETTINGS: ReceiptSettings = { header: '', footer: '' };

export interface OutboxMessage {
  id: number;
  organizationId: string;
  transactionId: string;
  email: string;
  receipt: Record<string, unknown>;
  createdAt: number;
}

interface OutboxRow {
  id: number;
  organization_id: string;
  transaction_id: string;
  email: string;
  receipt: string;
  created_at: number;
}

/** Email-receipt settings (per organization) and the outbox of receipts "sent". */
export class ReceiptsRepository {
  readonly #settings;
  readonly #saveSettings;
  readonly #send;
  readonly #outbox;
  readonly #trimOutbox;

  constructor(db: Db) {
    this.#settings = db
      .prepare<[string], string>('SELECT receipt_settings FROM organizations WHERE id = ?')
      .pluck();
    this.#saveSettings = db.prepare<[string, string]>(
      'UPDATE organizations SET receipt_settings = ? WHERE id = ?',
    );
    this.#send = db.prepare<[string, string, string, string, number]>(
      'INSERT INTO receipt_outbox (organization_id, transaction_id, email, receipt, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.#outbox = db.prepare<[number], OutboxRow>(
      'SELECT * FROM receipt_outbox ORDER BY id DESC LIMIT ?',
    );
    this.#trimOutbox = db.prepare<[number]>(
      'DELETE FROM receipt_outbox WHERE id <= (SELECT MAX(id) FROM receipt_outbox) - ?',
    );
  }

  settings(organizationId: string): ReceiptSettings {
    const text = this.#settings.get(organizationId);
    const stored = text ? (JSON.parse(text) as Partial<ReceiptSettings>) : {};
    return { ...EMPTY_RECEIPT_SETTINGS, ...stored };
  }

  saveSettings(organizationId: string, settings: ReceiptSettings): void {
    this.#saveSettings.run(JSON.stringify(settings), organizationId);
  }

  /** Keeps the message; the outbox holds the latest `OUTBOX_LIMIT` (ids only grow). */
  send(message: Omit<OutboxMessage, 'id'>): void {
    this.#send.run(
      message.organizationId,
      message.transactionId,
      message.email,
      JSON.stringify(message.receipt),
      message.createdAt,
    );
    this.#trimOutbox.run(OUTBOX_LIMIT);
  }

  /** The latest messages, newest first (test controls: `GET /__sandbox/outbox`). */
  outbox(limit = 50): OutboxMessage[] {
    return this.#outbox.all(limit).map((row) => ({
      id: row.id,
      organizationId: row.organization_id,
      transactionId: row.transaction_id,
      email: row.email,
      receipt: JSON.parse(row.receipt) as Record<string, unknown>,
      createdAt: row.created_at,
    }));
  }
}
