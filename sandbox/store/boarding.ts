import type { Configuration } from '../access/configuration.ts';
import type { Db } from './db.ts';
import type { Processor } from './users.ts';

export interface NewOrganization {
  id: string;
  parentId: string | null;
  name: string;
  chainId: string;
  storeId: string;
  terminalId: string;
  processor: Processor;
  configuration: Configuration;
}

/** Organization names are unique ignoring case and surrounding spaces. */
export function normaliseOrganizationName(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/**
 * Boarding's reads and writes (`POST /WSAPI/Organizations`). Ids are numeric strings; the
 * callers run these inside one transaction, so the id they compute is still free when inserted.
 */
export class BoardingRepository {
  constructor(private readonly db: Db) {}

  nameTaken(name: string): boolean {
    const wanted = normaliseOrganizationName(name);
    return this.db
      .prepare<[], string>('SELECT name FROM organizations')
      .pluck()
      .all()
      .some((existing) => normaliseOrganizationName(existing) === wanted);
  }

  /** (The largest numeric organization id) + 1. */
  nextOrganizationId(): string {
    return this.#nextOf('SELECT MAX(CAST(id AS INTEGER)) FROM organizations');
  }

  /** (The largest numeric chain id) + 1: a new top-level merchant's chain. */
  nextChainId(): string {
    return this.#nextOf('SELECT MAX(CAST(chain_id AS INTEGER)) FROM organizations');
  }

  /** (The largest numeric store id in the chain) + 1. */
  nextStoreId(chainId: string): string {
    return this.#nextOf(
      'SELECT MAX(CAST(store_id AS INTEGER)) FROM organizations WHERE chain_id = ?',
      chainId,
    );
  }

  /** The organization's own configuration (not a user's effective one). */
  configurationOf(organizationId: string): Configuration {
    const text = this.db
      .prepare<[string], string>('SELECT configuration FROM organizations WHERE id = ?')
      .pluck()
      .get(organizationId);
    return JSON.parse(text ?? '{}') as Configuration;
  }

  /** A new organization of type `merchant`, status `active`. */
  insert(organization: NewOrganization): void {
    this.db
      .prepare(
        `INSERT INTO organizations (id, parent_id, name, organization_type, chain_id, store_id, terminal_id,
           processor, configuration, status)
         VALUES (?, ?, ?, 'merchant', ?, ?, ?, ?, ?, 'active')`,
      )
      .run(
        organization.id,
        organization.parentId,
        organization.name,
        organization.chainId,
        organization.storeId,
        organization.terminalId,
        JSON.stringify(organization.processor),
        JSON.stringify(organization.configuration),
      );
  }

  #nextOf(sql: string, ...params: string[]): string {
    const max = this.db
      .prepare<string[], number | null>(sql)
      .pluck()
      .get(...params);
    return String((max ?? 0) + 1);
  }
}
