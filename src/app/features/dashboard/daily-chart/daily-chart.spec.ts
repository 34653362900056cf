import { TestBed } from '@angular/core/testing';
import { DayFigures } from '../sales-summary';
import { DailyChart } from './daily-chart';

const day = (date: string, salesTotal: number, net: number): DayFigures =>
  ({ date, salesTotal, net, refundsTotal: salesTotal - net, salesCount: 1 }) as DayFigures;

describe('DailyChart', () => {
  async function render(days: DayFigures[]) {
    const fixture = TestBed.createComponent(DailyChart);
    fixture.componentRef.setInput('days', days);
    fixture.componentRef.setInput('currency', 'CAD');
    fixture.componentRef.setInput('locale', 'en-CA');
    await fixture.whenStable();
    return fixture;
  }

  it('names the picture with the period and the best day, in the user locale and currency', async () => {
    const fixture = await render([day('2026-11-24', 1000, 900), day('2026-11-25', 123456, 120000)]);
    const chart = (fixture.nativeElement as HTMLElement).querySelector('[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe(
      'Daily sales and net, Nov 24 to Nov 25. Highest sales $1,234.56 on Nov 25. ' +
        'The table of daily totals below has every figure.',
    );
    expect(chart.querySelector('canvas')).not.toBeNull();
  });

  it('follows new figures, and says when there are none', async () => {
    const fixture = await render([day('2026-11-25', 500, 500)]);
    fixture.componentRef.setInput('days', []);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="img"]')).toBeNull();
    expect(element.querySelector('[data-testid="daily-chart-empty"]')).not.toBeNull();
  });

  it('says an empty period in words instead of drawing an axis of zeros', async () => {
    const fixture = await render([day('2026-11-24', 0, 0), day('2026-11-25', 0, 0)]);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('[role="img"]')).toBeNull();
    expect(element.querySelector('[data-testid="daily-chart-empty"]')?.textContent?.trim()).toBe(
      'No sales or refunds in this period yet.',
    );

    fixture.componentRef.setInput('days', [day('2026-11-25', 500, 500)]);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="daily-chart-empty"]')).toBeNull();
    expect(element.querySelector('[role="img"] canvas')).not.toBeNull();
  });

  it('removes its canvas when destroyed', async () => {
    const fixture = await render([day('2026-11-25', 500, 500)]);
    const element = fixture.nativeElement as HTMLElement;
    fixture.destroy();
    expect(element.querySelector('canvas')).toBeNull();
  });
});
