import { Configuration, readConfig } from '../../core/auth/configuration';
import { taxRateMilliOf } from './sale-totals';
import { Tender } from './sale.model';

/** What the terminal offers this account: one place that reads every flag the sale touches. */
export interface SaleRules {
  readonly currency: string;
  /** Items from the inventory (`component.access.inventory_management`). */
  readonly items: boolean;
  readonly tip: boolean;
  readonly tax: boolean;
  /** `processing.config.tax.default`, the rate the tax field starts at (0 when tax is off). */
  readonly defaultTaxRateMilli: number;
  readonly discount: boolean;
  /** `processing.config.tender_types` that the WSAPI takes; Card only with manual entry. */
  readonly tenders: readonly Tender[];
  readonly cvv: boolean;
  readonly avs: boolean;
}

export function saleRulesOf(configuration: Configuration | null): SaleRules {
  const read = <K extends Parameters<typeof readConfig>[1]>(key: K) =>
    readConfig(configuration, key);
  const tax = read('processing.config.tax');
  // Spelled exactly as the WSAPI records them: it compares the names as they are.
  const configured = read('processing.config.tender_types');
  const tenders: Tender[] = [];
  if (configured.includes('Cash')) tenders.push('Cash');
  if (configured.includes('Card') && read('processing.permissions.manual_entry'))
    tenders.push('Card');
  return {
    currency: read('processing.config.currency').code,
    items: read('component.access.inventory_management'),
    tip: read('processing.config.tip'),
    tax,
    defaultTaxRateMilli: tax ? taxRateMilliOf(read('processing.config.tax.default')) : 0,
    discount: read('processing.config.discount'),
    tenders,
    cvv: read('processing.config.cvv'),
    avs: read('processing.config.avs'),
  };
}
