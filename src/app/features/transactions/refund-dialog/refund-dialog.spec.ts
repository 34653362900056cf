import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { RefundDialog, RefundDialogData } from './refund-dialog';

describe('RefundDialog', () => {
  let fixture: ComponentFixture<RefundDialog>;
  let close: jasmine.Spy;

  async function create(data: RefundDialogData): Promise<void> {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({
      imports: [RefundDialog],
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    fixture = TestBed.createComponent(RefundDialog);
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const amount = () => page().querySelector<HTMLInputElement>('[data-testid="refund-amount"]')!;
  async function type(value: string): Promise<void> {
    amount().value = value;
    amount().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function confirm(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }

  const USD = {
    refundable: 1500,
    total: 2000,
    currency: 'USD',
    locale: 'en-US',
    restockable: false,
  };

  it('offers all that remains refundable', async () => {
    await create(USD);
    expect(amount().value).toBe('15.00');
    expect(page().textContent).toContain('$15.00 can still be refunded');
    await confirm();
    expect(close).toHaveBeenCalledOnceWith({ amount: 1500, restock: false });
  });

  it('refunds part of it, in minor units', async () => {
    await create(USD);
    await type('5');
    await confirm();
    expect(close).toHaveBeenCalledOnceWith({ amount: 500, restock: false });
  });

  it('refuses more than remains, and says how much may be refunded', async () => {
    await create(USD);
    await type('15.01');
    await confirm();
    expect(close).not.toHaveBeenCalled();
    expect(page().querySelector('[data-testid="refund-amount-error"]')?.textContent).toBe(
      'At most $15.00 can be refunded.',
    );
  });

  it('refuses zero and nonsense', async () => {
    await create(USD);
    for (const value of ['0', 'ten', '']) {
      await type(value);
      await confirm();
    }
    expect(close).not.toHaveBeenCalled();
  });

  describe('with inventory items', () => {
    const restock = () =>
      page().querySelector<HTMLInputElement>('[data-testid="refund-restock"] input')!;

    it('offers no restock for a sale without items', async () => {
      await create(USD);
      expect(page().querySelector('[data-testid="refund-restock"]')).toBeNull();
    });

    it('restocks with a refund of everything that remains', async () => {
      await create({ ...USD, restockable: true });
      restock().click();
      await fixture.whenStable();
      await confirm();
      expect(close).toHaveBeenCalledOnceWith({ amount: 1500, restock: true });
    });

    it('refuses to restock with a partial refund, and says why', async () => {
      await create({ ...USD, restockable: true });
      restock().click();
      await type('5');
      await confirm();
      expect(close).not.toHaveBeenCalled();
      expect(page().querySelector('[role="alert"]')?.textContent).toContain(
        'only when everything that remains',
      );
    });
  });
});
