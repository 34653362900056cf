import type { Db } from './db.ts';

export type BillingCountry = 'US' | 'CA';

export interface BillingAddress {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: BillingCountry;
}

/** What is kept of a bank account: never the full account number, only its last four digits. */
export interface StoredBankAccount {
  account_holder: string;
  routing_number: string;
  account_last4: string;
}

export interface BillingDetails {
  contact_name: string;
  email: string;
  phone: string;
  address: BillingAddress;
  bank_account: StoredBankAccount | null;
}

export interface BillingRecord extends BillingDetails {
  organization_id: string;
  /** Epoch ms (clock.ts) of the last change through the API; null for the seed's records. */
  updated_at: number | null;
}

interface RawBilling {
  organization_id: string;
  contact_name: string;
  email: string;
  phone: string;
  address_line1: string;
  address_line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: BillingCountry;
  bank_account_holder: string | null;
  bank_routing_number: string | null;
  bank_account_last4: string | null;
  updated_at: number | null;
}

const toBilling = (row: RawBilling): BillingRecord => ({
  organization_id: row.organization_id,
  contact_name: row.contact_name,
  email: row.email,
  phone: row.phone,
  address: {
    line1: row.address_line1,
    line2: row.address_line2,
    city: row.city,
    region: row.region,
    postal_code: row.postal_code,
    country: row.country,
  },
  bank_account:
    row.bank_account_holder !== null &&
    row.bank_routing_number !== null &&
    row.bank_account_last4 !== null
      ? {
          account_holder: row.bank_account_holder,
          routing_number: row.bank_routing_number,
          account_last4: row.bank_account_last4,
        }
      : null,
  updated_at: row.updated_at,
});

/** `organization_billing` (migration 5): one row per organization. */
export class BillingRepository {
  readonly #find;
  readonly #save;

  constructor(db: Db) {
    this.#find = db.prepare<[string], RawBilling>(
      'SELECT * FROM organization_billing WHERE organization_id = ?',
    );
    this.#save = db.prepare(
      `INSERT INTO organization_billing (organization_id, contact_name, email, phone, address_line1, address_line2,
         city, region, postal_code, country, bank_account_holder, bank_routing_number, bank_account_last4, updated_at)
       VALUES (@organization_id, @contact_name, @email, @phone, @line1, @line2, @city, @region, @postal_code,
         @country, @holder, @routing, @last4, @updated_at)
       ON CONFLICT (organization_id) DO UPDATE SET contact_name = excluded.contact_name, email = excluded.email,
         phone = excluded.phone, address_line1 = excluded.address_line1, address_line2 = excluded.address_line2,
         city = excluded.city, region = excluded.region, postal_code = excluded.postal_code,
         country = excluded.country, bank_account_holder = excluded.bank_account_holder,
         bank_routing_number = excluded.bank_routing_number, bank_account_last4 = excluded.bank_account_last4,
         updated_at = excluded.updated_at`,
    );
  }

  find(organizationId: string): BillingRecord | undefined {
    const row = this.#find.get(organizationId);
    return row && toBilling(row);
  }

  /** Inserts or replaces the organization's record. */
  save(organizationId: string, billing: BillingDetails, updatedAt: number | null): void {
    this.#save.run({
      organization_id: organizationId,
      contact_name: billing.contact_name,
      email: billing.email,
      phone: billing.phone,
      ...billing.address,
      holder: billing.bank_account?.account_holder ?? null,
      routing: billing.bank_account?.routing_number ?? null,
      last4: billing.bank_account?.account_last4 ?? null,
      updated_at: updatedAt,
    });
  }
}
