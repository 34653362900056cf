import {
  DEFAULT_QUERY,
  EMPTY_FILTER,
  TransactionQuery,
  filterToApiParams,
  paramsFromQuery,
  queryFromParams,
  queryToApiParams,
} from './transaction-query';

const FILTERED: TransactionQuery = {
  filter: {
    from: '2026-11-01',
    to: '2026-11-24',
    statuses: ['approved', 'partially_refunded'],
    tender: 'Card',
    amount: 1250,
    q: 'latte',
  },
  page: 3,
  pageSize: 50,
  sort: { column: 'total', direction: 'asc' },
};

describe('transaction query', () => {
  it('the default query (newest first, first page) leaves the address bar clean', () => {
    expect(paramsFromQuery(DEFAULT_QUERY, 'USD')).toEqual({});
    expect(queryFromParams({}, 'USD')).toEqual(DEFAULT_QUERY);
    expect(DEFAULT_QUERY.sort).toEqual({ column: 'created_at', direction: 'desc' });
  });

  it('writes every filter into readable query params, amounts in major units', () => {
    expect(paramsFromQuery(FILTERED, 'USD')).toEqual({
      from: '2026-11-01',
      to: '2026-11-24',
      status: 'approved,partially_refunded',
      tender: 'Card',
      amount: '12.50',
      q: 'latte',
      page: '3',
      size: '50',
      sort: 'total',
    });
  });

  it('reads back what it wrote', () => {
    expect(queryFromParams(paramsFromQuery(FILTERED, 'USD'), 'USD')).toEqual(FILTERED);
    const newestByAmount = { ...DEFAULT_QUERY, sort: { column: 'total', direction: 'desc' } };
    expect(paramsFromQuery(newestByAmount as TransactionQuery, 'USD')).toEqual({ sort: '-total' });
  });

  it('a zero-decimal currency writes whole amounts', () => {
    const yen = { ...DEFAULT_QUERY, filter: { ...EMPTY_FILTER, amount: 1250 } };
    expect(paramsFromQuery(yen, 'JPY')).toEqual({ amount: '1250' });
    expect(queryFromParams({ amount: '1250' }, 'JPY').filter.amount).toBe(1250);
  });

  it('ignores what it cannot read in a hand-edited link, keeping the rest', () => {
    const query = queryFromParams(
      {
        from: '2026-02-31',
        to: 'yesterday',
        status: 'approved,bogus,approved',
        tender: 'Cheque',
        amount: '12.345',
        page: '0',
        size: '7',
        sort: '-user_name',
        q: '  gift card  ',
      },
      'USD',
    );
    expect(query).toEqual({
      ...DEFAULT_QUERY,
      filter: { ...EMPTY_FILTER, statuses: ['approved'], q: 'gift card' },
    });
  });

  it('sends the WSAPI minor units, the time zone the days are meant in, and the page', () => {
    expect(queryToApiParams(FILTERED, 'America/Toronto')).toEqual({
      from: '2026-11-01',
      to: '2026-11-24',
      time_zone: 'America/Toronto',
      status: 'approved,partially_refunded',
      tender: 'Card',
      amount: '1250',
      q: 'latte',
      sort: 'total',
      page: '3',
      page_size: '50',
    });
  });

  it('the export gets the same filter and order, without paging', () => {
    expect(filterToApiParams(EMPTY_FILTER, DEFAULT_QUERY.sort, 'UTC')).toEqual({
      sort: '-created_at',
    });
    const params = filterToApiParams(FILTERED.filter, FILTERED.sort, 'UTC');
    expect(params['page']).toBeUndefined();
    expect(params['amount']).toBe('1250');
  });
});
