/** One page of a paged admin list, as the portal uses it. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageSize: number;
  readonly totalCount: number;
}

export const ADMIN_PAGE_SIZES = [20, 50, 100] as const;
export const ADMIN_DEFAULT_PAGE_SIZE = 20;

export interface Processor {
  readonly name: string;
  readonly profile: string;
}

/** A merchant (organization) as the admin endpoints describe it. */
export interface Organization {
  readonly organizationId: string;
  readonly parentOrganizationId: string | null;
  readonly name: string;
  readonly organizationType: string;
  /** `active` for every seeded merchant; shown as the server says it. */
  readonly status: string;
  readonly chainId: string;
  readonly storeId: string;
  readonly terminalId: string;
  readonly processor: Processor | null;
}

export interface OrganizationDetail extends Organization {
  readonly parent: { readonly organizationId: string; readonly name: string } | null;
  readonly submerchantIds: readonly string[];
}

export interface AuditEntry {
  readonly id: string;
  /** The instant of the action (the WSAPI's `yyyyMMddHHmmss` UTC, parsed). */
  readonly at: Date | null;
  readonly actorUserName: string;
  readonly action: string;
  readonly organizationId: string | null;
  readonly targetUserName: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Readable names of the audited actions; unknown ones are shown as sent. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'user.create': 'Created a user',
  'user.lock': 'Locked a user',
  'user.unlock': 'Unlocked a user',
  'user.end_sessions': 'Ended a user’s sessions',
  'configuration.update': 'Changed the configuration',
  'billing.update': 'Updated billing information',
  'organization.board': 'Boarded a merchant',
};
