import { renderOnPhone } from '../../../shared/stacked-list/stacked-list.testing';
import { DEFAULT_SORT, TransactionSort } from '../transaction-query';
import { Transaction } from '../transactions.model';
import { TransactionTable } from './transaction-table';

const transaction = (id: string, changes: Partial<Transaction> = {}): Transaction => ({
  id,
  type: 'sale',
  status: 'approved',
  parentId: null,
  createdAt: Date.UTC(2026, 10, 25, 15, 30),
  settled: false,
  voidedAt: null,
  userName: 'merchant',
  currency: 'USD',
  tender: 'cash',
  card: null,
  approvalCode: null,
  decline: null,
  subtotal: 1000,
  discount: 0,
  taxRate: 0,
  tax: 0,
  tip: 0,
  total: 1000,
  refunded: 0,
  refundable: 1000,
  voidable: true,
  ...changes,
});

describe('TransactionTable on a phone', () => {
  it('stacks the history, with no table: what opens the detail, when, amount and status on the right', async () => {
    const { element, rows } = await renderOnPhone(TransactionTable, {
      transactions: [
        transaction('txn_1', {
          card: { brand: 'Visa', last4: '1111' },
          status: 'partially_refunded',
          refunded: 250,
        }),
        transaction('txn_2', { type: 'refund', tender: 'cash', total: 250, parentId: 'txn_1' }),
      ],
      sort: DEFAULT_SORT,
      locale: 'en-US',
    });
    expect(element.querySelector('table')).toBeNull();
    expect(element.textContent).toContain('Transactions, newest first');
    const [sale, refund] = rows();
    expect(sale.getAttribute('data-testid')).toBe('transaction-txn_1');
    const link = sale.querySelector('a')!;
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).toBe('Sale · Visa ending 1111');
    expect(link.getAttribute('href')).toBe('/txn_1');
    expect(sale.textContent).toContain('2026');
    expect(sale.textContent).toContain('Refunded $2.50');
    expect(sale.querySelector('[data-testid="amount"]')!.textContent?.trim()).toBe('$10.00');
    expect(sale.querySelector('[data-testid="transaction-status"]')!.textContent?.trim()).toBe(
      'Partially refunded',
    );
    expect(refund.querySelector('a')!.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Refund · cash',
    );
    expect(refund.querySelector('[data-testid="amount"]')!.textContent?.trim()).toMatch(
      /^[-−]\$2\.50$/,
    );
  });

  it('offers the order in a "Sort" select, since there are no column headings to click', async () => {
    const { fixture, element } = await renderOnPhone(TransactionTable, {
      transactions: [transaction('txn_1')],
      sort: { column: 'total', direction: 'desc' },
      locale: 'en-US',
    });
    const chosen: TransactionSort[] = [];
    fixture.componentInstance.sortChange.subscribe((sort) => chosen.push(sort));
    expect(element.textContent).toContain('Transactions, largest amount first');
    const select = element.querySelector<HTMLElement>('mat-select')!;
    await fixture.whenStable();
    expect(select.textContent?.trim()).toBe('Largest amount first');
    expect(element.querySelector('mat-label')?.textContent?.trim()).toBe('Sort');
    select.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((option) => option.textContent?.trim())).toEqual([
      'Newest first',
      'Oldest first',
      'Largest amount first',
      'Smallest amount first',
    ]);
    options[1].click();
    expect(chosen).toEqual([{ column: 'created_at', direction: 'asc' }]);
  });
});
