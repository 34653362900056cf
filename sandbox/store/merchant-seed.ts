import { DAY_MS, settlementTime } from '../payments/calendar.ts';
import { DECLINING_TEST_CARDS } from '../payments/cards.ts';
import { newApprovalCode, newId } from '../payments/ids.ts';
import { refundFields } from '../payments/refund-record.ts';
import { itemSaleLine } from '../payments/sale-pricing.ts';
import { computeTotals, mulDivHalfUp, recordedTotals } from '../payments/money.ts';
import type { Db } from './db.ts';
import { InventoryRepository, type InventoryItem } from './inventory.ts';
import { SEED_HISTORY_DAYS, type SeedHistory } from './merchant-seed.data.ts';
import { ReceiptsRepository } from './receipts.ts';
import type { NewTransaction, SaleLine, TransactionRecord } from './transaction-records.ts';
import { TransactionsRepository } from './transactions.ts';

/** mulberry32: a small deterministic PRNG, so every reset writes the same history. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const APPROVING_CARDS = [
  { brand: 'Visa', last4: '1111' },
  { brand: 'Visa', last4: '4242' },
  { brand: 'Mastercard', last4: '4444' },
  { brand: 'Amex', last4: '0005' },
  { brand: 'Discover', last4: '1117' },
] as const;

/**
 * A merchant's history relative to `now` (the sandbox clock at seed time): sales every day of
 * the last 90 during opening hours (more at weekends), items or custom amounts, cash and card,
 * tax, a few tips and discounts, some declines, voids (same day), full and partial refunds
 * (days later). Settlement, "today" and the 30-day chart all have something to show.
 */
export function seedMerchantHistory(
  db: Db,
  history: SeedHistory,
  userId: number | null,
  now: number,
): void {
  const random = prng(history.prngSeed);
  const bytes = (count: number) =>
    Buffer.from(Array.from({ length: count }, () => Math.floor(random() * 256)));
  const int = (min: number, maxExclusive: number) =>
    min + Math.floor(random() * (maxExclusive - min));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length)]!;
  const inventory = new InventoryRepository(db);
  const transactions = new TransactionsRepository(db);
  new ReceiptsRepository(db).saveSettings(history.organizationId, history.receiptSettings);

  const items: InventoryItem[] = history.items.map((seed, index) => {
    const created = now - (SEED_HISTORY_DAYS + 30) * DAY_MS + index * 60_000;
    return {
      id: newId('item', () => bytes(10)),
      organizationId: history.organizationId,
      name: seed.name,
      sku: seed.sku,
      price: seed.price,
      taxExempt: seed.taxExempt ?? false,
      active: seed.active ?? true,
      stock: seed.stock,
      createdAt: created,
      updatedAt: created,
    };
  });
  for (const item of items) inventory.insert(item);
  const forSale = items.filter((item) => item.active);

  const base = {
    organizationId: history.organizationId,
    userId,
    userName: history.userName,
    parentId: null,
    refunded: 0,
    restocked: false,
    voidedAt: null,
  };
  const sales: TransactionRecord[] = [];
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  for (let back = SEED_HISTORY_DAYS - 1; back >= 0; back -= 1) {
    const dayStart = today - back * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay();
    const count =
      history.perDay.min +
      int(0, history.perDay.spread) +
      (weekday === 0 || weekday === 6 ? history.perDay.weekendExtra : 0);
    const times = Array.from(
      { length: count },
      () =>
        dayStart +
        Math.floor(
          (history.hoursUtc.open + random() * (history.hoursUtc.close - history.hoursUtc.open)) *
            3_600_000,
        ),
    ).sort((a, b) => a - b);
    for (const createdAt of times) {
      if (createdAt > now - 60_000) continue;
      let lines: SaleLine[];
      if (random() < 0.7) {
        const chosen = new Set<InventoryItem>();
        const wanted = int(1, 4);
        while (chosen.size < wanted) chosen.add(pick(forSale));
        lines = [...chosen].map((item) => itemSaleLine(item, random() < 0.75 ? 1 : int(2, 4)));
      } else {
        const amount = int(3, 80) * 100 + pick([0, 0, 50, 95, 25]);
        lines = [
          {
            item_id: null,
            sku: null,
            description: pick([
              'Custom amount',
              'Custom amount',
              'Catering deposit',
              'Special order',
            ]),
            unit_price: amount,
            quantity: 1,
            tax_exempt: false,
            amount,
          },
        ];
      }
      const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
      const card = random() < 0.6;
      const discount = random() < 0.08 ? mulDivHalfUp(subtotal, 10, 100) : 0;
      const tip = card && random() < 0.35 ? mulDivHalfUp(subtotal, pick([10, 15, 20]), 100) : 0;
      const totals = computeTotals(
        lines.map((line) => ({ amount: line.amount, taxExempt: line.tax_exempt })),
        discount,
        history.taxRate,
        tip,
      );
      const declined = card && random() < 0.05;
      const declineNumber = pick(Object.keys(DECLINING_TEST_CARDS));
      const cardUsed = card ? pick(APPROVING_CARDS) : null;
      sales.push({
        ...base,
        seq: 0,
        id: newId('txn', () => bytes(10)),
        type: 'sale',
        status: declined ? 'declined' : 'approved',
        tender: card ? 'Card' : 'Cash',
        cardBrand: declined ? 'Visa' : (cardUsed?.brand ?? null),
        cardLast4: declined ? declineNumber.slice(-4) : (cardUsed?.last4 ?? null),
        avsResult: card ? 'match' : null,
        cvvResult: card ? 'match' : null,
        approvalCode: card && !declined ? newApprovalCode(() => bytes(6)) : null,
        declineCode: declined ? DECLINING_TEST_CARDS[declineNumber]!.code : null,
        currency: '',
        lines,
        ...recordedTotals(totals),
        createdAt,
        settlesAt: settlementTime(createdAt),
      });
    }
  }

  const currency = db
    .prepare<[string], string>(
      'SELECT json_extract(configuration, \'$."processing.config.currency".code\') FROM organizations WHERE id = ?',
    )
    .pluck()
    .get(history.organizationId);
  const refunds: NewTransaction[] = [];
  for (const sale of sales) {
    sale.currency = currency ?? 'USD';
    if (sale.status !== 'approved') continue;
    const roll = random();
    if (roll < 0.02) {
      const voidedAt = sale.createdAt + int(2, 30) * 60_000;
      if (voidedAt < now && voidedAt < sale.settlesAt) {
        sale.status = 'voided';
        sale.voidedAt = voidedAt;
        sale.restocked = sale.lines.some((line) => line.item_id);
      }
      continue;
    }
    if (roll >= 0.08) continue;
    const refundAt = sale.createdAt + int(1, 6) * DAY_MS + int(0, 4 * 60) * 60_000;
    if (refundAt >= now) continue;
    const amount =
      roll < 0.05 ? sale.total : Math.max(1, mulDivHalfUp(sale.total, int(25, 60), 100));
    sale.refunded = amount;
    sale.status = amount === sale.total ? 'refunded' : 'partially_refunded';
    refunds.push({
      ...base,
      id: newId('txn', () => bytes(10)),
      ...refundFields(sale, amount, refundAt, () => newApprovalCode(() => bytes(6))),
    });
  }
  const all: NewTransaction[] = [...sales, ...refunds].sort((a, b) => a.createdAt - b.createdAt);
  for (const transaction of all) transactions.insert(transaction);
}
