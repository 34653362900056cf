import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { BehaviorSubject } from 'rxjs';
import { signedInState } from '../../../../testing/auth-presets';
import { TransactionsPageActions } from '../state/transactions.actions';
import { SALE } from '../state/transactions.fixtures';
import { TransactionsState, initialTransactionsState } from '../state/transactions.feature';
import { DEFAULT_QUERY, queryFromParams } from '../transaction-query';
import { rowOf } from '../transactions.model';
import { TransactionsPage } from './transactions-page';

const ROW = rowOf(SALE);

describe('TransactionsPage', () => {
  let fixture: ComponentFixture<TransactionsPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let navigate: jasmine.Spy;
  let queryParams: BehaviorSubject<Record<string, string>>;

  async function create(
    transactions: Partial<TransactionsState> = {},
    params: Record<string, string> = {},
  ): Promise<void> {
    queryParams = new BehaviorSubject(params);
    TestBed.configureTestingModule({
      imports: [TransactionsPage],
      providers: [
        provideRouter([]),
        provideMockStore({
          initialState: {
            auth: signedInState(),
            transactions: { ...initialTransactionsState, ...transactions },
          },
        }),
        { provide: ActivatedRoute, useValue: { queryParams } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch');
    navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    fixture = TestBed.createComponent(TransactionsPage);
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const queries = () =>
    dispatch.calls
      .allArgs()
      .filter(([action]) => action.type === TransactionsPageActions.queryChanged.type)
      .map(([action]) => action.query);

  it('loads what the address bar says, once per distinct query', async () => {
    await create({}, { status: 'refunded', amount: '12.50' });
    queryParams.next({ amount: '12.50', status: 'refunded' });
    queryParams.next({ page: '2' });
    expect(queries()).toEqual([
      queryFromParams({ status: 'refunded', amount: '12.50' }, 'USD'),
      { ...DEFAULT_QUERY, page: 2 },
    ]);
    expect(queries()[0].filter.amount).toBe(1250);
  });

  it('applying filters puts them in the address bar and goes back to the first page', async () => {
    await create({ query: { ...DEFAULT_QUERY, page: 4 } });
    const amount = page().querySelector<HTMLInputElement>('[data-testid="filter-amount"]')!;
    amount.value = '7.5';
    amount.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.calls.mostRecent().args[1].queryParams).toEqual({ amount: '7.50' });
  });

  it('a malformed amount is refused on the field, not searched', async () => {
    await create();
    const amount = page().querySelector<HTMLInputElement>('[data-testid="filter-amount"]')!;
    amount.value = '7.505';
    amount.dispatchEvent(new Event('input'));
    page().querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await fixture.whenStable();
    expect(navigate).not.toHaveBeenCalled();
    expect(page().querySelector('mat-error')?.textContent).toContain('12.50');
  });

  it('lists the page in a captioned table, newest first, with its count', async () => {
    await create({
      query: DEFAULT_QUERY,
      page: { transactions: [ROW], page: 1, pageSize: 25, totalCount: 1, totalPages: 1 },
    });
    expect(page().querySelector('caption')?.textContent?.trim()).toBe('Transactions, newest first');
    expect(page().querySelector('[data-testid="transactions-count"]')?.textContent?.trim()).toBe(
      '1 transaction',
    );
    expect(page().querySelector('td[data-testid="amount"]')?.textContent?.trim()).toBe('$20.00');
    expect(page().querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('exports the current filter', async () => {
    await create({
      query: DEFAULT_QUERY,
      page: { transactions: [ROW], page: 1, pageSize: 25, totalCount: 1, totalPages: 1 },
    });
    page().querySelector<HTMLButtonElement>('[data-testid="export-csv"]')!.click();
    expect(dispatch).toHaveBeenCalledWith(TransactionsPageActions.exportClicked());
  });

  it('announces a failed load and offers to try again', async () => {
    await create({ error: { kind: 'server', status: 500 } });
    const alert = page().querySelector('[data-testid="transactions-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('HTTP 500');
    alert!.querySelector('button')!.click();
    expect(dispatch).toHaveBeenCalledWith(TransactionsPageActions.retryClicked());
  });
});
