import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SAMPLE_RESULT } from '../sale.testing';
import { SaleResultView } from './sale-result';

describe('SaleResultView: the totals', () => {
  let fixture: ComponentFixture<SaleResultView>;

  async function create(locale: string): Promise<void> {
    // An approval links its transaction (routerLink).
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(SaleResultView);
    fixture.componentRef.setInput('result', SAMPLE_RESULT);
    fixture.componentRef.setInput('locale', locale);
    await fixture.whenStable();
  }

  const totals = () =>
    [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll(
        '[data-testid="result-totals"] > *',
      ),
    ].map((element) => element.textContent?.trim());

  it('writes the discount as a negative amount and the tax rate as a percent, as Intl does', async () => {
    await create('en-US');
    expect(totals()).toEqual([
      'Subtotal',
      '$19.99',
      'Discount',
      '-$1.50',
      'Tax (8.25%)',
      '$1.53',
      'Tip',
      '$3.00',
      'Total',
      '$23.02',
    ]);
  });

  it('follows the locale (fr-CA: a comma and a space before the percent sign)', async () => {
    await create('fr-CA');
    // A no-break space before the sign (which one depends on the ICU version).
    expect(totals()[4]?.replace(/\s/gu, ' ')).toBe('Tax (8,25 %)');
  });
});
