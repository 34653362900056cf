import { renderOnPhone } from '../../../shared/stacked-list/stacked-list.testing';
import { SummaryRow } from '../summary-rows';
import { SummaryTable } from './summary-table';

const row = (key: string, changes: Partial<SummaryRow> = {}): SummaryRow => ({
  key,
  label: key,
  salesTotal: 12000,
  salesCount: 3,
  refundsTotal: 500,
  refundsCount: 1,
  net: 11500,
  ...changes,
});

describe('SummaryTable on a phone', () => {
  const inputs = {
    name: 'tender-table',
    caption: 'Sales by tender, last 30 days',
    heading: 'Tender',
    currency: 'USD',
    locale: 'en-US',
    withShare: true,
    emptyText: 'No sales in this period.',
  };

  it('stacks the figures, with no table: the tender, its sales total on the right, the rest under it', async () => {
    const { element, rows } = await renderOnPhone(SummaryTable, {
      ...inputs,
      rows: [row('card', { share: '75%' }), row('cash', { share: '25%', salesCount: 1 })],
    });
    expect(element.querySelector('table')).toBeNull();
    const list = element.querySelector('[role="list"]')!;
    expect(list.getAttribute('data-testid')).toBe('tender-table');
    expect(document.getElementById(list.getAttribute('aria-labelledby')!)?.id).toBe(
      'tender-table-caption',
    );
    const [card, cash] = rows();
    const [main, end] = [...card.children];
    expect(main.textContent).toContain('card');
    expect(main.textContent).toContain('75% of sales');
    expect(main.textContent).toContain('3 sales');
    expect(main.textContent).toContain('Refunds $5.00');
    expect(main.textContent).toContain('Net $115.00');
    expect(end.textContent?.trim()).toBe('$120.00');
    expect(cash.textContent).toContain('1 sale');
  });

  it('says so in one row when there is nothing', async () => {
    const { rows } = await renderOnPhone(SummaryTable, { ...inputs, rows: [] });
    expect(rows().map((item) => item.textContent?.trim())).toEqual(['No sales in this period.']);
  });
});
