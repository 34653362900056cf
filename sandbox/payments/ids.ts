import { randomBytes } from 'node:crypto';

/** Public ids: a prefix and 20 hex digits (80 random bits), e.g. `txn_3f9c…`, `item_a81e…`. */
export type IdPrefix = 'txn' | 'item';

export function newId(prefix: IdPrefix, random: () => Buffer = () => randomBytes(10)): string {
  return `${prefix}_${random().toString('hex')}`;
}

export function isId(prefix: IdPrefix, value: string): boolean {
  return new RegExp(`^${prefix}_[0-9a-f]{20}$`).test(value);
}

const APPROVAL_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 6-character processor approval code. */
export function newApprovalCode(random: () => Buffer = () => randomBytes(6)): string {
  return [...random()].map((byte) => APPROVAL_ALPHABET[byte % APPROVAL_ALPHABET.length]).join('');
}
