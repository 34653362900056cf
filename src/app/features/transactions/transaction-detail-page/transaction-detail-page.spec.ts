import { ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { clerkConfiguration, signedInState } from '../../../../testing/auth-presets';
import { AuthState } from '../../../core/auth/state/auth.feature';
import { TransactionDetailPageActions } from '../state/transactions.actions';
import { SALE } from '../state/transactions.fixtures';
import { TransactionsState, initialTransactionsState } from '../state/transactions.feature';
import { TransactionDetail } from '../transactions.model';
import { RefundDialog } from '../refund-dialog/refund-dialog';
import { VoidDialog } from '../void-dialog/void-dialog';
import { TransactionDetailPage } from './transaction-detail-page';
import { waitUntil } from '../../../../testing/wait-until';
import { createMockStorePage } from '../../../../testing/mock-store-page';

describe('TransactionDetailPage', () => {
  let fixture: ComponentFixture<TransactionDetailPage>;
  let dispatch: jasmine.Spy;
  let dialogResult: unknown;
  let opened: unknown[];

  /** The dialogs are lazy chunks: wait until one was opened and answered. */
  async function dialogAnswered(): Promise<void> {
    await waitUntil(() => opened.length > 0, 'a dialog opened');
    await new Promise((resolve) => setTimeout(resolve));
  }

  async function create(
    detail: TransactionDetail | null,
    auth: AuthState = signedInState(),
    transactions: Partial<TransactionsState> = {},
  ): Promise<void> {
    opened = [];
    const dialog = {
      open: (component: unknown) => {
        opened.push(component);
        return { afterClosed: () => of(dialogResult) };
      },
    };
    ({ fixture, dispatch } = await createMockStorePage(
      TransactionDetailPage,
      {
        auth,
        transactions: { ...initialTransactionsState, detailId: SALE.id, detail, ...transactions },
      },
      {
        providers: [provideRouter([]), { provide: MatDialog, useValue: dialog }],
        inputs: { id: SALE.id },
      },
    ));
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const buttons = () =>
    [...page().querySelectorAll<HTMLButtonElement>('.detail__actions button')].map((b) =>
      b.textContent!.trim(),
    );
  const button = (name: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent!.trim() === name,
    )!;
  const dispatched = (type: string) =>
    dispatch.calls.allArgs().filter(([action]) => action.type === type);

  it('asks for the transaction of its route', async () => {
    await create(null);
    expect(dispatch).toHaveBeenCalledWith(TransactionDetailPageActions.opened({ id: SALE.id }));
  });

  it('a merchant may refund, void and email an unsettled sale', async () => {
    await create(SALE);
    expect(buttons()).toEqual(['Refund', 'Void', 'Email receipt']);
    expect(page().querySelector('[data-testid="detail-total"]')?.textContent).toBe('$20.00');
  });

  it('a clerk (no refund, no void) only emails receipts', async () => {
    await create(SALE, signedInState({ configuration: clerkConfiguration }));
    expect(buttons()).toEqual(['Email receipt']);
  });

  it('refund needs the merchant-portal refund permission too', async () => {
    await create(
      SALE,
      signedInState({ configuration: { 'processing.permissions.refund.merchant_portal': false } }),
    );
    expect(buttons()).toEqual(['Void', 'Email receipt']);
  });

  it('offers no refund once nothing remains, nor a void once settled', async () => {
    await create({ ...SALE, status: 'refunded', refunded: 2000, refundable: 0, voidable: false });
    expect(buttons()).toEqual(['Email receipt']);
  });

  it('a voided sale says it was voided, never that it waits for settlement', async () => {
    const voidedAt = Date.UTC(2026, 10, 25, 12, 0);
    await create({ ...SALE, status: 'voided', voidedAt, refundable: 0, voidable: false });
    const terms = [...page().querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(terms).not.toContain('Settlement');
    expect(page().textContent).not.toContain('Not settled yet');
  });

  it('a confirmed refund is sent with the amount chosen and a fresh idempotency key', async () => {
    await create(SALE);
    dialogResult = { amount: 500, restock: false };
    button('Refund').click();
    await dialogAnswered();
    expect(opened).toEqual([RefundDialog]);
    const [[action]] = dispatched(TransactionDetailPageActions.refundConfirmed.type);
    expect(action.transactionId).toBe(SALE.id);
    expect(action.amount).toBe(500);
    expect(action.restock).toBeFalse();
    expect(action.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a refund dialog cancelled with a bare mat-dialog-close ("") sends nothing', async () => {
    await create(SALE);
    dialogResult = '';
    button('Refund').click();
    await dialogAnswered();
    expect(opened).toEqual([RefundDialog]);
    expect(dispatched(TransactionDetailPageActions.refundConfirmed.type)).toEqual([]);
  });

  it('a cancelled dialog sends nothing', async () => {
    await create(SALE);
    dialogResult = undefined;
    button('Void').click();
    await dialogAnswered();
    expect(opened).toEqual([VoidDialog]);
    expect(dispatched(TransactionDetailPageActions.voidConfirmed.type)).toEqual([]);
  });

  it('shows the new state and says what happened', async () => {
    await create(
      { ...SALE, status: 'partially_refunded', refunded: 500, refundable: 1500, voidable: false },
      signedInState(),
      { outcome: { kind: 'refunded', amount: 500, currency: 'USD' } },
    );
    expect(page().querySelector('[role="status"]')?.textContent?.trim()).toBe('Refunded $5.00.');
    expect(page().querySelector('[data-testid="detail-status"]')?.textContent).toBe(
      'Partially refunded',
    );
    expect(page().querySelector('[data-testid="detail-refundable"]')?.textContent?.trim()).toBe(
      '$15.00',
    );
  });

  it('announces a failed action and retries it on request', async () => {
    await create(SALE, signedInState(), { actionError: { kind: 'network' } });
    const alert = page().querySelector('[data-testid="action-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('could not reach the server');
    button('Try again').click();
    expect(dispatch).toHaveBeenCalledWith(TransactionDetailPageActions.actionRetried());
  });

  it('a refusal is not offered again as it is', async () => {
    await create(SALE, signedInState(), {
      actionError: { kind: 'conflict', code: 'conflict', field: null, message: 'settled' },
    });
    expect(page().querySelector('[data-testid="action-error"]')?.textContent).toContain(
      'no longer be done',
    );
    expect(button('Try again')).toBeUndefined();
  });

  it('formats amounts in the user’s locale and the transaction’s currency (en-CA, CAD)', async () => {
    await create(
      { ...SALE, currency: 'CAD', total: 123456 },
      signedInState({ user: { locale: 'en-CA' } }),
    );
    expect(page().querySelector('[data-testid="detail-total"]')?.textContent).toBe('$1,234.56');
  });
});
