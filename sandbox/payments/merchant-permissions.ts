import type { AuthContext } from '../auth/sessions.ts';
import type { Configuration } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';

/**
 * What an organization may do with payments and inventory: the configuration flags that open
 * them, the tender types it takes, and the rule that only merchants take payments.
 */

export const FLAGS = {
  virtualTerminal: 'component.access.virtual_terminal',
  inventory: 'component.access.inventory_management',
  manualEntry: 'processing.permissions.manual_entry',
  tip: 'processing.config.tip',
  tax: 'processing.config.tax',
  discount: 'processing.config.discount',
  refund: 'processing.permissions.refund',
  refundPortal: 'processing.permissions.refund.merchant_portal',
  void: 'processing.permissions.void',
} as const;

/** `processing.config.tender_types`: an array, or a comma list (the vendor is not consistent). */
export function tenderTypes(configuration: Configuration): string[] {
  const value = configuration['processing.config.tender_types'];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((item) => String(item).trim()).filter((item) => item !== '');
}

/** [sandbox design] Only organizations of type `merchant` take payments or keep inventory. */
export function requireMerchant(context: AuthContext): void {
  if (context.organization.organizationType !== 'merchant') throw apiErrors.forbidden();
}
