import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf, sessionRouteConfig } from '../access/access-control.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { formatVendorTimestamp } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import { pageJson, paging, parseSort } from '../http/paging.ts';
import { isId, newId } from '../payments/ids.ts';
import { currencyOf } from '../payments/money.ts';
import { FLAGS, requireMerchant } from '../payments/merchant-permissions.ts';
import type { InventoryItem } from '../store/inventory.ts';
import {
  checkItemFields,
  createItemBody,
  inventoryListQuery,
  updateItemBody,
  type InventoryListQuery,
  type ItemBody,
} from './inventory.schemas.ts';

const COLLECTION_URL = '/Inventory';
const ITEM_URL = '/Inventory/:id';

interface IdParams {
  id: string;
}

function itemJson(item: InventoryItem, currency: string) {
  return {
    id: item.id,
    name: item.name,
    sku: item.sku,
    price: item.price,
    currency,
    tax_exempt: item.taxExempt,
    active: item.active,
    stock: item.stock,
    created_at: formatVendorTimestamp(item.createdAt),
    updated_at: formatVendorTimestamp(item.updatedAt),
  };
}

/**
 * Inventory [sandbox design] (`component.access.inventory_management` on every route): list with
 * search and paging, create, read, update (the fields given), delete. Items belong to the
 * organization; another organization's item id is 404.
 */
export async function inventoryRoutes(app: FastifyInstance): Promise<void> {
  const { clock } = app;
  const { inventory } = app.repositories;
  const config = sessionRouteConfig(FLAGS.inventory);

  const merchant = (request: FastifyRequest): AuthContext => {
    const context = authOf(request);
    requireMerchant(context);
    return context;
  };
  const currency = (context: AuthContext) => currencyOf(context.configuration).code;
  const find = (context: AuthContext, params: IdParams): InventoryItem => {
    const id = params.id.toLowerCase();
    const item = isId('item', id) ? inventory.find(context.organization.id, id) : undefined;
    if (!item) throw apiErrors.notFound();
    return item;
  };
  const checkSkuFree = (context: AuthContext, sku: string, ownId?: string) => {
    const existing = inventory.findBySku(context.organization.id, sku);
    if (existing && existing.id !== ownId) {
      throw apiErrors.invalidRequest('sku', 'Another item already has this SKU.');
    }
  };

  app.get<{ Querystring: InventoryListQuery }>(
    COLLECTION_URL,
    { config, schema: { querystring: inventoryListQuery } },
    async (request) => {
      const context = merchant(request);
      const query = request.query;
      const page = paging(query);
      const sort = parseSort(query.sort, ['name', 'sku', 'price', 'stock', 'updated_at'] as const, {
        column: 'name',
        descending: false,
      });
      const filter = {
        ...(query.q?.trim() ? { q: query.q.trim() } : {}),
        ...(query.active ? { active: query.active === 'true' } : {}),
      };
      const organizationId = context.organization.id;
      return {
        items: inventory
          .list(organizationId, filter, sort, page.pageSize, page.offset)
          .map((item) => itemJson(item, currency(context))),
        ...pageJson(page, inventory.count(organizationId, filter)),
      };
    },
  );

  app.post<{ Body: Required<Pick<ItemBody, 'name' | 'sku' | 'price'>> & ItemBody }>(
    COLLECTION_URL,
    { config, schema: { body: createItemBody } },
    async (request, reply) => {
      const context = merchant(request);
      const body = request.body;
      checkItemFields(body);
      checkSkuFree(context, body.sku);
      const now = clock.now();
      const item: InventoryItem = {
        id: newId('item'),
        organizationId: context.organization.id,
        name: body.name,
        sku: body.sku,
        price: body.price,
        taxExempt: body.tax_exempt ?? false,
        active: body.active ?? true,
        stock: body.stock ?? null,
        createdAt: now,
        updatedAt: now,
      };
      inventory.insert(item);
      return reply.code(201).send(itemJson(item, currency(context)));
    },
  );

  app.get<{ Params: IdParams }>(ITEM_URL, { config }, async (request) => {
    const context = merchant(request);
    return itemJson(find(context, request.params), currency(context));
  });

  app.put<{ Params: IdParams; Body: ItemBody }>(
    ITEM_URL,
    { config, schema: { body: updateItemBody } },
    async (request) => {
      const context = merchant(request);
      const item = find(context, request.params);
      const body = request.body;
      checkItemFields(body);
      if (body.sku !== undefined) checkSkuFree(context, body.sku, item.id);
      const updated: InventoryItem = {
        ...item,
        name: body.name ?? item.name,
        sku: body.sku ?? item.sku,
        price: body.price ?? item.price,
        taxExempt: body.tax_exempt ?? item.taxExempt,
        active: body.active ?? item.active,
        stock: body.stock === undefined ? item.stock : body.stock,
        updatedAt: clock.now(),
      };
      inventory.update(updated);
      return itemJson(updated, currency(context));
    },
  );

  app.delete<{ Params: IdParams }>(ITEM_URL, { config }, async (request, reply) => {
    const context = merchant(request);
    const item = find(context, request.params);
    inventory.delete(context.organization.id, item.id);
    return reply.code(204).send();
  });
}
