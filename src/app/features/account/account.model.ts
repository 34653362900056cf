import { PostalAddress } from '../../core/wsapi/postal-address';
import { UserContact } from '../../core/wsapi/user-contact';

/** A postal address as account settings edits it (`country`: ISO 3166-1 alpha-2). */
export type Address = PostalAddress;

/** The user's profile as `/Users/Profile` answers it. Never a security answer or a password. */
export interface Profile extends UserContact {
  /** A BCP 47 tag (`en-CA`). */
  readonly locale: string;
  readonly address: Address | null;
}

export interface NameChange {
  readonly firstName: string;
  readonly middleNameInitial: string;
  readonly lastName: string;
}

/**
 * A password change as typed. Actions carry it under a `password` key so the devtools sanitizer
 * masks it; it goes to the WSAPI and nowhere else (never into state).
 */
export interface PasswordChange {
  readonly current: string;
  readonly next: string;
}

/** The organization's email-receipt text (plain text; line breaks allowed). */
export interface ReceiptText {
  readonly header: string;
  readonly footer: string;
}

export interface ReceiptSettings extends ReceiptText {
  /** The server's word on `account.permissions.edit_email_receipt`. */
  readonly editable: boolean;
  readonly showTax: boolean;
}

export const RECEIPT_HEADER_MAX = 200;
export const RECEIPT_FOOTER_MAX = 500;
export const NAME_MAX = 50;

/** The parts of the page that save on their own. */
export type AccountSection = 'name' | 'email' | 'address' | 'password' | 'locale' | 'receipt';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';
