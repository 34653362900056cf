import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authOf, sessionRouteConfig as access } from '../access/access-control.ts';
import { configFlag } from '../access/configuration.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { formatVendorTimestamp } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import { optionalInteger, pageJson, paging, parseSort } from '../http/paging.ts';
import { parseBoundary, validTimeZone } from '../payments/calendar.ts';
import { isId } from '../payments/ids.ts';
import { currencyOf, MAX_AMOUNT } from '../payments/money.ts';
import { summarize, type SummaryQuery } from '../payments/summary.ts';
import { FLAGS, requireMerchant } from '../payments/merchant-permissions.ts';
import type { SaleInput } from '../payments/sale-pricing.ts';
import type { RefundInput } from '../payments/transactions-service.ts';
import type { TransactionFilter, TransactionSort } from '../store/transaction-filters.ts';
import type { TransactionStatus } from '../store/transaction-records.ts';
import {
  CSV_HEADER,
  csvRow,
  receiptJson,
  transactionDetailJson,
  transactionJson,
} from './transactions.responses.ts';
import {
  exportQuery,
  listQuery,
  receiptBody,
  refundBody,
  saleBody,
  summaryQuery,
  voidBody,
  type FilterQuery,
  type ListQuery,
  type ReceiptBody,
} from './transactions.schemas.ts';
import { validEmail } from './users.schemas.ts';

const COLLECTION_URL = '/Transactions';
const SUMMARY_URL = '/Transactions/Summary';
const EXPORT_URL = '/Transactions/Export';
const ITEM_URL = '/Transactions/:id';
const REFUND_URL = '/Transactions/:id/Refund';
const VOID_URL = '/Transactions/:id/Void';
const RECEIPT_URL = '/Transactions/:id/Receipt';
const EXPORT_BATCH = 500;

interface IdParams {
  id: string;
}

/** Refund and Void may be sent without a body (as the vendor sends PUT/DELETE): it means `{}`. */
async function noBodyMeansEmpty(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

/** The filters of the history and the export, parsed from the query. */
export function transactionFilter(query: FilterQuery): {
  filter: TransactionFilter;
  sort: TransactionSort;
} {
  const timeZone = validTimeZone(query.time_zone);
  const filter: TransactionFilter = {};
  if (query.from) filter.from = parseBoundary(query.from, 'from', timeZone, false);
  if (query.to) filter.to = parseBoundary(query.to, 'to', timeZone, true);
  if (query.status) filter.statuses = [...new Set(query.status.split(','))] as TransactionStatus[];
  if (query.tender) filter.tender = query.tender;
  if (query.type) filter.type = query.type;
  const q = query.q?.trim();
  if (q) filter.q = q;
  filter.amount = optionalInteger(query.amount, 'amount', MAX_AMOUNT);
  filter.amountMin = optionalInteger(query.amount_min, 'amount_min', MAX_AMOUNT);
  filter.amountMax = optionalInteger(query.amount_max, 'amount_max', MAX_AMOUNT);
  const sort = parseSort(query.sort, ['created_at', 'total'] as const, {
    column: 'created_at',
    descending: true,
  });
  return { filter, sort };
}

/**
 * Transactions [sandbox design]: record a sale, history (paged, sorted, filtered), one
 * transaction, refund, void, email receipt, CSV export and the dashboard summary. Every route
 * needs a session (and no pending account action); the configuration flags are declared on the
 * routes or, where they depend on the body, checked by the service. A transaction of another
 * organization is 404, as if it did not exist.
 */
export async function transactionsRoutes(app: FastifyInstance): Promise<void> {
  const { clock } = app;
  const { transactions, receipts } = app.repositories;
  const { transactions: service, idempotency, receiptLimiter } = app.services;

  const merchant = (request: FastifyRequest): AuthContext => {
    const context = authOf(request);
    requireMerchant(context);
    return context;
  };
  const idOf = (params: IdParams): string => {
    const id = params.id.toLowerCase();
    if (!isId('txn', id)) throw apiErrors.notFound();
    return id;
  };
  const detail = (context: AuthContext, id: string) => {
    const transaction = service.find(context, id);
    return transactionDetailJson(transaction, transactions.refundsOf(transaction.id), clock.now());
  };

  app.post<{ Body: SaleInput }>(
    COLLECTION_URL,
    { config: access(FLAGS.virtualTerminal), schema: { body: saleBody } },
    async (request, reply) =>
      idempotency.run(request, reply, () => {
        const context = merchant(request);
        const sale = service.recordSale(context, request.body);
        return { status: 201, body: detail(context, sale.id) };
      }),
  );

  app.get<{ Querystring: ListQuery }>(
    COLLECTION_URL,
    { config: access(), schema: { querystring: listQuery } },
    async (request) => {
      const context = merchant(request);
      const page = paging(request.query);
      const { filter, sort } = transactionFilter(request.query);
      const organizationId = context.organization.id;
      const now = clock.now();
      return {
        transactions: transactions
          .list(organizationId, filter, sort, page.pageSize, page.offset)
          .map((t) => transactionJson(t, now)),
        ...pageJson(page, transactions.count(organizationId, filter)),
      };
    },
  );

  app.get<{ Querystring: SummaryQuery }>(
    SUMMARY_URL,
    { config: access(), schema: { querystring: summaryQuery } },
    async (request) => {
      const context = merchant(request);
      return summarize(
        transactions,
        context.organization.id,
        currencyOf(context.configuration).code,
        clock.now(),
        request.query,
      );
    },
  );

  app.get<{ Querystring: FilterQuery }>(
    EXPORT_URL,
    { config: access(), schema: { querystring: exportQuery } },
    async (request, reply) => {
      const context = merchant(request);
      const { filter, sort } = transactionFilter(request.query);
      const organizationId = context.organization.id;
      const snapshot = transactions.lastSeq();
      async function* rows() {
        yield CSV_HEADER;
        for (let offset = 0; ; offset += EXPORT_BATCH) {
          const batch = transactions.list(
            organizationId,
            filter,
            sort,
            EXPORT_BATCH,
            offset,
            snapshot,
          );
          if (batch.length > 0) yield batch.map(csvRow).join('');
          if (batch.length < EXPORT_BATCH) return;
        }
      }
      const day = formatVendorTimestamp(clock.now()).slice(0, 8);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="transactions-${day}.csv"`)
        .send(Readable.from(rows()));
    },
  );

  app.get<{ Params: IdParams }>(ITEM_URL, { config: access() }, async (request) =>
    detail(merchant(request), idOf(request.params)),
  );

  app.post<{ Params: IdParams; Body: RefundInput }>(
    REFUND_URL,
    {
      config: access(FLAGS.refund, FLAGS.refundPortal),
      schema: { body: refundBody },
      preValidation: noBodyMeansEmpty,
    },
    async (request, reply) =>
      idempotency.run(request, reply, () => {
        const context = merchant(request);
        const sale = service.refund(context, idOf(request.params), request.body);
        return { status: 200, body: detail(context, sale.id) };
      }),
  );

  app.post<{ Params: IdParams }>(
    VOID_URL,
    { config: access(FLAGS.void), schema: { body: voidBody }, preValidation: noBodyMeansEmpty },
    async (request, reply) =>
      idempotency.run(request, reply, () => {
        const context = merchant(request);
        const sale = service.void(context, idOf(request.params));
        return { status: 200, body: detail(context, sale.id) };
      }),
  );

  app.post<{ Params: IdParams; Body: ReceiptBody }>(
    RECEIPT_URL,
    { config: access(), schema: { body: receiptBody } },
    async (request, reply) =>
      idempotency.run(request, reply, () => {
        const context = merchant(request);
        const email = validEmail(request.body.email, 'email');
        const transaction = service.find(context, idOf(request.params));
        receiptLimiter.hit(context.user.id, transaction.id);
        const receipt = receiptJson(transaction, transactions.refundsOf(transaction.id), {
          merchantName: context.organization.name,
          settings: receipts.settings(context.organization.id),
          showTax: configFlag(context.configuration, 'processing.receipt.show_tax'),
          locale: context.user.profile.locale || 'en-US',
        });
        receipts.send({
          organizationId: context.organization.id,
          transactionId: transaction.id,
          email,
          receipt,
          createdAt: clock.now(),
        });
        return { status: 200, body: { email, receipt } };
      }),
  );
}
