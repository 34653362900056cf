import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { Subject } from 'rxjs';
import { PresetOptions, signedInState } from '../../../testing/auth-presets';
import { BusinessName } from '../../core/auth/business-name';
import { AuthState } from '../../core/auth/state/auth.feature';
import { DashboardPage } from './dashboard-page';
import { SalesSummary, toSalesSummary } from './sales-summary';
import { SummaryApi } from './summary-api';

const day = (date: string, sales: number, refunds = 0) => ({
  date,
  sales_total: sales,
  sales_count: sales ? 2 : 0,
  refunds_total: refunds,
  refunds_count: refunds ? 1 : 0,
  net: sales - refunds,
});

const SUMMARY = toSalesSummary({
  currency: 'CAD',
  time_zone: 'UTC',
  today: day('2026-11-25', 123_456),
  period: day('2026-11-25', 987_654, 4_321),
  by_tender: [
    { tender: 'Cash', ...day('x', 250_000) },
    { tender: 'Card', ...day('x', 750_000, 4_321) },
  ],
  daily: [day('2026-11-24', 10_000), day('2026-11-25', 123_456, 1_000)],
});

const CANADA: PresetOptions = {
  user: { userName: 'canada', locale: 'en-CA' },
  configuration: { 'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' } },
};

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let answers: Subject<SalesSummary>;
  let summary: jasmine.Spy;
  let userNameWhenAsked: string | null | undefined;
  const businessName = signal<string | null>(null);

  async function create(auth: AuthState = signedInState(CANADA)): Promise<void> {
    answers = new Subject<SalesSummary>();
    userNameWhenAsked = undefined;
    summary = jasmine.createSpy('summary').and.callFake(() => {
      userNameWhenAsked = page().querySelector('[data-testid="user-name"]')?.textContent ?? null;
      return answers;
    });
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [
        provideMockStore({ initialState: { auth } }),
        { provide: SummaryApi, useValue: { summary } },
        { provide: BusinessName, useValue: { name: businessName } },
      ],
    });
    fixture = TestBed.createComponent(DashboardPage);
    await fixture.whenStable();
    // The figures are asked for once the first frame is on screen (two animation frames).
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
    );
    await fixture.whenStable();
  }
  async function answer(value: SalesSummary): Promise<void> {
    answers.next(value);
    answers.complete();
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    page().querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;

  it('paints the identity header first, then asks once for the figures', async () => {
    await create();
    expect(text('user-name')).toBe('canada');
    expect(summary).toHaveBeenCalledTimes(1);
    expect(userNameWhenAsked).toBe('canada');
  });

  it('shows a skeleton, announced as loading, until the figures arrive', async () => {
    await create();
    expect(
      page().querySelector('[data-testid="summary-skeleton"] [role="status"]')?.textContent,
    ).toContain('Loading the sales figures');
    await answer(SUMMARY);
    expect(page().querySelector('[data-testid="summary-skeleton"]')).toBeNull();
  });

  it('formats CAD in en-CA: today’s and the period’s sales, refunds, net and count', async () => {
    await create();
    await answer(SUMMARY);
    const today = page().querySelector('[data-testid="figures-today"]')!;
    expect(today.querySelector('[data-testid="figure-sales"]')?.textContent?.trim()).toBe(
      '$1,234.56',
    );
    expect(today.querySelector('[data-testid="figure-count"]')?.textContent?.trim()).toBe('2');
    const period = page().querySelector('[data-testid="figures-period"]')!;
    expect(period.querySelector('[data-testid="figure-refunds"]')?.textContent?.trim()).toBe(
      '$43.21',
    );
    expect(period.querySelector('[data-testid="figure-net"]')?.textContent?.trim()).toBe(
      '$9,833.33',
    );
  });

  it('draws the chart with an accessible name, and has the same numbers as a table', async () => {
    await create();
    await answer(SUMMARY);
    const chart = page().querySelector('[data-testid="daily-chart"]')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('Daily sales and net');
    // Drawn by the chart library on a canvas, with a legend naming both series.
    expect(chart.querySelector('canvas')).not.toBeNull();
    expect(chart.textContent).toContain('Sales');
    expect(chart.textContent).toContain('Net');

    const table = page().querySelector('[data-testid="daily-table"]')!;
    expect(table.querySelector('caption')?.textContent).toContain('Daily totals');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    // Newest first.
    expect(rows[0]).toEqual(['Wed, Nov 25', '$1,234.56', '$10.00', '$1,224.56', '2']);
    expect(rows.length).toBe(2);
  });

  it('splits the period by tender with each tender’s share', async () => {
    await create();
    await answer(SUMMARY);
    const rows = [...page().querySelectorAll('[data-testid="tender-table"] tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      ['Cash', '$2,500.00', '25%'],
      ['Card', '$7,500.00', '75%'],
    ]);
  });

  it('gives both tables their headings, the days a scrolling region and dates, no tender a row', async () => {
    await create();
    await answer({ ...SUMMARY, byTender: [] });
    const headings = (testId: string) =>
      [...page().querySelectorAll(`[data-testid="${testId}"] thead th`)].map((th) =>
        th.textContent?.trim(),
      );
    expect(headings('daily-table')).toEqual(['Day', 'Sales', 'Refunds', 'Net', 'Sales count']);
    expect(headings('tender-table')).toEqual([
      'Tender',
      'Sales',
      'Share',
      'Refunds',
      'Net',
      'Sales count',
    ]);
    const region = page().querySelector('[role="region"]')!;
    const caption = page().querySelector(`#${region.getAttribute('aria-labelledby')}`);
    expect(caption?.textContent?.trim()).toBe('Daily totals, last 2 days');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25');
    expect(text('tender-table')).toContain('Sales by tender, last 30 days');
    const empty = page().querySelector('[data-testid="tender-table"] tbody td')!;
    expect([empty.textContent?.trim(), empty.getAttribute('colspan')]).toEqual([
      'No sales in this period.',
      '6',
    ]);
  });

  it('formats USD in en-US for the merchant', async () => {
    await create(signedInState());
    await answer(SUMMARY);
    expect(text('figures-today')).toContain('$1,234.56');
    expect(text('figures-today')).not.toContain('CA$');
  });

  it('a failure is an alert with a retry that asks again', async () => {
    await create();
    answers.error(new Error('offline'));
    await fixture.whenStable();
    const alert = page().querySelector('[data-testid="summary-error"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    answers = new Subject<SalesSummary>();
    alert.querySelector('button')!.click();
    await fixture.whenStable();
    expect(summary).toHaveBeenCalledTimes(2);
  });

  it('names the business, and keeps the ids in the account details', async () => {
    businessName.set(null);
    await create();
    const facts = () => page().querySelector('[aria-labelledby="identity-title"] dd')?.textContent;
    expect(facts()?.trim()).toBe('merchant 8');
    businessName.set('Demo Canadian Merchant');
    await fixture.whenStable();
    expect(text('business-name')).toBe('Demo Canadian Merchant');
    expect(facts()?.trim()).toBe('Demo Canadian Merchant');
    const details = page().querySelector('[data-testid="account-details"]')!;
    expect(details.textContent).toContain('Account details');
    expect(details.textContent).toContain('Chain');
    expect(details.querySelector('[data-testid="organization-type"]')?.textContent).toBe(
      'merchant',
    );
    businessName.set(null);
  });

  it('asks nothing for an organization that is not a merchant', async () => {
    const merchant = signedInState();
    await create({
      ...merchant,
      account: {
        ...merchant.account!,
        organization: { ...merchant.account!.organization, organizationType: 'system' },
      },
    });
    expect(text('organization-type')).toBe('system');
    expect(summary).not.toHaveBeenCalled();
    expect(page().querySelector('[data-testid="sales-summary"]')).toBeNull();
  });
});
