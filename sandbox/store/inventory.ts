import { containsPattern } from './transaction-filters.ts';
import type { Db } from './db.ts';
import { FilteredQueries } from './filtered-queries.ts';

export interface InventoryItem {
  id: string;
  organizationId: string;
  name: string;
  sku: string;
  /** Minor units of the organization's currency. */
  price: number;
  taxExempt: boolean;
  active: boolean;
  /** null: stock not tracked (a service); otherwise never below 0. */
  stock: number | null;
  createdAt: number;
  updatedAt: number;
}

export type InventoryFields = Pick<
  InventoryItem,
  'name' | 'sku' | 'price' | 'taxExempt' | 'active' | 'stock'
>;

interface ItemRow {
  id: string;
  organization_id: string;
  name: string;
  sku: string;
  price: number;
  tax_exempt: number;
  active: number;
  stock: number | null;
  created_at: number;
  updated_at: number;
}

function toItem(row: ItemRow): InventoryItem {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    sku: row.sku,
    price: row.price,
    taxExempt: row.tax_exempt === 1,
    active: row.active === 1,
    stock: row.stock,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** SKUs are unique per organization, case-insensitively. */
export function normaliseSku(sku: string): string {
  return sku.trim().toLowerCase();
}

export interface InventoryFilter {
  q?: string;
  active?: boolean;
}

export type InventorySortColumn = 'name' | 'sku' | 'price' | 'stock' | 'updated_at';
export interface InventorySort {
  column: InventorySortColumn;
  descending: boolean;
}

const SORT_COLUMNS: Record<InventorySortColumn, string> = {
  name: 'name COLLATE NOCASE',
  sku: 'sku_norm',
  price: 'price',
  stock: 'stock',
  updated_at: 'updated_at',
};

function where(organizationId: string, filter: InventoryFilter) {
  const clauses = ['organization_id = ?'];
  const params: (string | number)[] = [organizationId];
  if (filter.q) {
    clauses.push("(lower(name) LIKE ? ESCAPE '\\' OR sku_norm LIKE ? ESCAPE '\\')");
    params.push(containsPattern(filter.q), containsPattern(filter.q));
  }
  if (filter.active !== undefined) {
    clauses.push('active = ?');
    params.push(filter.active ? 1 : 0);
  }
  return { sql: clauses.join(' AND '), params };
}

export class InventoryRepository {
  readonly #byId;
  readonly #bySku;
  readonly #insert;
  readonly #update;
  readonly #delete;
  readonly #adjustStock;
  readonly #queries;

  constructor(db: Db) {
    this.#queries = new FilteredQueries(db, 'inventory_items');
    this.#byId = db.prepare<[string, string], ItemRow>(
      'SELECT * FROM inventory_items WHERE id = ? AND organization_id = ?',
    );
    this.#bySku = db.prepare<[string, string], ItemRow>(
      'SELECT * FROM inventory_items WHERE organization_id = ? AND sku_norm = ?',
    );
    this.#insert = db.prepare(
      `INSERT INTO inventory_items (id, organization_id, name, sku, sku_norm, price, tax_exempt, active, stock, created_at, updated_at)
       VALUES (@id, @organization_id, @name, @sku, @sku_norm, @price, @tax_exempt, @active, @stock, @created_at, @updated_at)`,
    );
    this.#update = db.prepare(
      `UPDATE inventory_items SET name = @name, sku = @sku, sku_norm = @sku_norm, price = @price,
         tax_exempt = @tax_exempt, active = @active, stock = @stock, updated_at = @updated_at
       WHERE id = @id AND organization_id = @organization_id`,
    );
    this.#delete = db.prepare<[string, string]>(
      'DELETE FROM inventory_items WHERE id = ? AND organization_id = ?',
    );
    this.#adjustStock = db.prepare<[number, number, string, string]>(
      'UPDATE inventory_items SET stock = stock + ?, updated_at = ? WHERE id = ? AND organization_id = ? AND stock IS NOT NULL',
    );
  }

  find(organizationId: string, id: string): InventoryItem | undefined {
    const row = this.#byId.get(id, organizationId);
    return row && toItem(row);
  }

  findBySku(organizationId: string, sku: string): InventoryItem | undefined {
    const row = this.#bySku.get(organizationId, normaliseSku(sku));
    return row && toItem(row);
  }

  insert(item: InventoryItem): void {
    this.#insert.run(this.#params(item));
  }

  update(item: InventoryItem): void {
    this.#update.run(this.#params(item));
  }

  delete(organizationId: string, id: string): boolean {
    return this.#delete.run(id, organizationId).changes > 0;
  }

  /** Adds `delta` (negative for a sale) to a tracked item's stock; untracked items are left alone. */
  adjustStock(organizationId: string, id: string, delta: number, at: number): void {
    this.#adjustStock.run(delta, at, id, organizationId);
  }

  count(organizationId: string, filter: InventoryFilter): number {
    return this.#queries.count(where(organizationId, filter));
  }

  list(
    organizationId: string,
    filter: InventoryFilter,
    sort: InventorySort,
    limit: number,
    offset: number,
  ): InventoryItem[] {
    const { sql, params } = where(organizationId, filter);
    const direction = sort.descending ? 'DESC' : 'ASC';
    // NULL stock (untracked) sorts last either way.
    const nulls = sort.column === 'stock' ? 'stock IS NULL, ' : '';
    const rows = this.#queries
      .prepare(
        `SELECT * FROM inventory_items WHERE ${sql}
       ORDER BY ${nulls}${SORT_COLUMNS[sort.column]} ${direction}, id ${direction}
       LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as ItemRow[];
    return rows.map(toItem);
  }

  #params(item: InventoryItem) {
    return {
      id: item.id,
      organization_id: item.organizationId,
      name: item.name,
      sku: item.sku,
      sku_norm: normaliseSku(item.sku),
      price: item.price,
      tax_exempt: item.taxExempt ? 1 : 0,
      active: item.active ? 1 : 0,
      stock: item.stock,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
    };
  }
}
