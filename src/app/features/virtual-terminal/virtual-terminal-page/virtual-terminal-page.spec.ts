import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Action } from '@ngrx/store';
import { MockStore } from '@ngrx/store/testing';
import { signedInState } from '../../../../testing/auth-presets';
import { Configuration } from '../../../core/auth/configuration';
import { CLOCK } from '../../../core/clock';
import { PendingCard } from '../pending-card';
import { SaleResult } from '../sale.model';
import { MUG } from '../../../core/wsapi/inventory-item.testing';
import { VirtualTerminalPageActions } from '../state/virtual-terminal.actions';
import {
  VirtualTerminalState,
  initialVirtualTerminalState,
} from '../state/virtual-terminal.feature';
import { VirtualTerminalPage } from './virtual-terminal-page';
import { SAMPLE_RESULT } from '../sale.testing';
import { createMockStorePage } from '../../../../testing/mock-store-page';
import { refusal } from '../../../../testing/wsapi-errors';

const NOW = Date.UTC(2026, 10, 25, 12);
const RESULT = SAMPLE_RESULT;

describe('VirtualTerminalPage', () => {
  let fixture: ComponentFixture<VirtualTerminalPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let auth: ReturnType<typeof signedInState>;

  async function create(configuration: Configuration = {}): Promise<void> {
    auth = signedInState({ configuration });
    ({ fixture, store, dispatch } = await createMockStorePage(
      VirtualTerminalPage,
      { auth, virtualTerminal: initialVirtualTerminalState },
      { providers: [PendingCard, provideRouter([]), { provide: CLOCK, useValue: () => NOW }] },
    ));
  }

  async function setTerminal(changes: Partial<VirtualTerminalState>): Promise<void> {
    store.setState({ auth, virtualTerminal: { ...initialVirtualTerminalState, ...changes } });
    await fixture.whenStable();
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const field = (testId: string) =>
    page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
  const text = (testId: string) => field(testId)?.textContent?.trim() ?? null;
  const labels = () =>
    Array.from(page().querySelectorAll('mat-label'), (label) => label.textContent?.trim());

  async function type(testId: string, value: string): Promise<void> {
    const input = field(testId)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function chooseTender(name: string): Promise<void> {
    const radio = Array.from(page().querySelectorAll('mat-radio-button')).find(
      (button) => button.textContent?.trim() === name,
    );
    radio!.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
  }
  const button = (name: string) =>
    Array.from(page().querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.trim() === name,
    )!;
  async function addItem(name: string): Promise<void> {
    page().querySelector<HTMLElement>('mcm-sale-items mat-select')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option'))
      .find((option) => option.textContent?.includes(name))!
      .click();
    await fixture.whenStable();
    button('Add item').click();
    await fixture.whenStable();
  }
  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }
  const dispatched = (): Action[] => dispatch.calls.allArgs().map(([action]) => action as Action);
  const submitted = () =>
    dispatched().filter((action) => action.type === VirtualTerminalPageActions.saleSubmitted.type);

  it('opens with every control the vendor configuration allows, and states the rounding rule', async () => {
    await create();
    expect(dispatched()).toContain(VirtualTerminalPageActions.opened({ withItems: true }));
    expect(labels()).toEqual(
      jasmine.arrayContaining(['Amount (USD)', 'Discount', 'Tax rate', 'Tip', 'Item']),
    );
    expect(page().textContent).toContain('Cash');
    expect(page().textContent).toContain('Card');
    expect(text('rounding-rule')).toContain('rounded half up to the nearest cent');
    expect(field('tax-rate')!.value).toBe('0');
  });

  it('shows no tip, tax, discount, items or card where the flags are off', async () => {
    await create({
      'processing.config.tip': false,
      'processing.config.tax': false,
      'processing.config.discount': false,
      'component.access.inventory_management': false,
      'processing.permissions.manual_entry': false,
    });
    expect(dispatched()).toContain(VirtualTerminalPageActions.opened({ withItems: false }));
    expect(field('tip')).toBeNull();
    expect(field('tax-rate')).toBeNull();
    expect(field('discount')).toBeNull();
    expect(page().querySelector('mcm-sale-items')).toBeNull();
    const tenders = Array.from(page().querySelectorAll('mat-radio-button'), (radio) =>
      radio.textContent?.trim(),
    );
    expect(tenders).toEqual(['Cash']);

    await type('amount', '12.50');
    await submit();
    expect(submitted()).toEqual([
      jasmine.objectContaining({ sale: { lines: [{ amount: 1250 }], tender: 'Cash' } }),
    ]);
  });

  it('starts the tax rate at processing.config.tax.default', async () => {
    await create({ 'processing.config.tax.default': 8.25 });
    expect(field('tax-rate')!.value).toBe('8.25');
  });

  it('previews the exact total as the user types', async () => {
    await create();
    await type('amount', '19.99');
    await type('discount', '1.50');
    await type('tax-rate', '8.25');
    await type('tip', '3');
    expect(text('preview-subtotal')).toBe('$19.99');
    expect(text('preview-tax')).toBe('$1.53');
    expect(text('preview-total')).toBe('$23.02');
    expect(page().querySelector('button[type="submit"]')!.textContent).toContain('$23.02');
  });

  it('shows each adjustment in its unit, with its own line in the totals', async () => {
    await create();
    const unit = (testId: string) =>
      field(testId)!
        .closest('mat-form-field')!
        .querySelector('[matTextPrefix], [matTextSuffix]')!
        .textContent!.trim();
    expect(['discount', 'tax-rate', 'tip'].map(unit)).toEqual(['$', '%', '$']);
    await type('amount', '19.99');
    await type('discount', '1.50');
    await type('tip', '3');
    expect(text('preview-discount')).toBe('-$1.50');
    expect(text('preview-tip')).toBe('$3.00');
    expect(Array.from(page().querySelectorAll('dt'), (term) => term.textContent?.trim())).toEqual([
      'Subtotal',
      'Discount',
      'Tax',
      'Tip',
      'Total',
    ]);
  });

  it('asks only for the card fields the configuration requires', async () => {
    await create({ 'processing.config.cvv': false, 'processing.config.avs': false });
    expect(field('card-number')).toBeNull();
    await chooseTender('Card');
    expect(field('card-number')).not.toBeNull();
    expect(labels()).not.toContain('Security code (CVV)');
    expect(labels()).not.toContain('Billing postal code');
    expect(labels()).toContain('Expiry (MM/YY)');
  });

  it('shows the card fields untouched when Card is chosen after a failed submit', async () => {
    await create();
    await submit();
    expect(submitted()).toEqual([]);
    expect(page().textContent).toContain('Enter an amount');
    await chooseTender('Card');
    const card = page().querySelector('mcm-card-fields')!;
    expect(card.querySelectorAll('mat-error').length).toBe(0);
    expect(card.querySelectorAll('.mat-form-field-invalid').length).toBe(0);
    // The next submit shows what the card still needs.
    await submit();
    expect(card.querySelectorAll('mat-error').length).toBeGreaterThan(0);
  });

  it('shows the detected brand and refuses a number that fails the Luhn check', async () => {
    await create();
    await chooseTender('Card');
    await type('card-number', '3782');
    expect(text('card-brand')).toBe('Amex');
    await type('amount', '5');
    await type('card-number', '4111 1111 1111 1112');
    await submit();
    expect(submitted()).toEqual([]);
    expect(page().textContent).toContain('Check the card number: it is not valid.');
  });

  it('hands the card to PendingCard, never to the action', async () => {
    await create();
    await type('amount', '19.99');
    await chooseTender('Card');
    await type('card-number', '4000 0000 0000 0002');
    page().querySelector<HTMLInputElement>('input[formcontrolname="expiry"]')!.value = '12/30';
    page()
      .querySelector<HTMLInputElement>('input[formcontrolname="expiry"]')!
      .dispatchEvent(new Event('input'));
    const cvv = page().querySelector<HTMLInputElement>('input[formcontrolname="cvv"]')!;
    cvv.value = '123';
    cvv.dispatchEvent(new Event('input'));
    const postal = page().querySelector<HTMLInputElement>('input[formcontrolname="postalCode"]')!;
    postal.value = '12345';
    postal.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await submit();

    expect(submitted().length).toBe(1);
    expect(JSON.stringify(submitted())).not.toContain('4000');
    expect(JSON.stringify(submitted())).not.toContain('12/30');
    expect(TestBed.inject(PendingCard).take()).toEqual({
      number: '4000000000000002',
      expiry: '12/30',
      cvv: '123',
      postalCode: '12345',
    });
  });

  it('clears the card and the sale once the sale is recorded', async () => {
    await create();
    await type('amount', '19.99');
    await chooseTender('Card');
    await type('card-number', '4111111111111111');

    await setTerminal({ result: RESULT });
    expect(text('sale-status')).toBe('Approved');
    expect(text('transaction-id')).toBe(RESULT.id);
    expect(text('result-total')).toBe('$23.02');

    await setTerminal({ result: null });
    expect(field('amount')!.value).toBe('');
    expect(field('card-number')?.value ?? '').toBe('');
    expect(page().textContent).not.toContain('4111');
  });

  it('shows a decline with its reason in words, without a receipt', async () => {
    await create();
    await setTerminal({
      result: {
        ...RESULT,
        status: 'declined',
        tender: 'Card',
        card: { brand: 'Visa', last4: '0002' },
        decline: { code: 'insufficient_funds', message: '' },
      },
    });
    expect(text('sale-status')).toBe('Declined');
    expect(text('decline-reason')).toContain('Insufficient funds.');
    expect(page().textContent).not.toContain('insufficient_funds');
    expect(page().textContent).toContain('Visa ending 0002');
    expect(field('receipt-email')).toBeNull();
    expect(page().textContent).not.toContain('Email receipt');
    expect(field('view-transaction')).toBeNull();
  });

  it('tries another card on the same sale: amount and items kept, the card emptied', async () => {
    await create();
    await setTerminal({ items: [MUG] });
    await type('amount', '19.99');
    await addItem('Ceramic Mug');
    await chooseTender('Card');
    await type('card-number', '4000000000000002');
    const declined: SaleResult = {
      ...RESULT,
      status: 'declined',
      tender: 'Card',
      decline: { code: 'do_not_honor', message: 'The issuer declined the card.' },
    };
    await setTerminal({ items: [MUG], result: declined });
    button('Try another card').click();
    await fixture.whenStable();
    expect(dispatched()).toContain(VirtualTerminalPageActions.tryAnotherCardClicked());

    await setTerminal({ items: [MUG], result: null });
    expect(field('amount')!.value).toBe('19.99');
    expect(page().querySelectorAll('[data-testid="item-line"]').length).toBe(1);
    expect(field('card-number')!.value).toBe('');
  });

  it('offers the emailed receipt on an approval, and links its transaction', async () => {
    await create();
    await setTerminal({ result: RESULT });
    expect(field('view-transaction')!.getAttribute('href')).toBe(`/transactions/${RESULT.id}`);
    await type('receipt-email', 'customer@example.com');
    page().querySelector<HTMLButtonElement>('.result__send')!.click();
    await fixture.whenStable();
    expect(dispatched()).toContain(
      jasmine.objectContaining({
        type: VirtualTerminalPageActions.receiptRequested.type,
        transactionId: RESULT.id,
        email: 'customer@example.com',
        idempotencyKey: jasmine.any(String),
      }),
    );
  });

  it('takes the cash received on a cash sale, refuses less than the total, shows the change', async () => {
    await create();
    await chooseTender('Cash');
    await type('amount', '19.99');
    await type('cash-received', '10');
    await submit();
    expect(submitted()).toEqual([]);
    expect(page().textContent).toContain('The cash received must be at least the total.');

    await type('cash-received', '50');
    await submit();
    expect(submitted().length).toBe(1);
    expect(JSON.stringify(submitted())).not.toContain('5000');

    await setTerminal({ result: RESULT });
    expect(text('result-cash-received')).toBe('$50.00');
    expect(text('change-due')).toBe('$26.98');
  });

  it('marks a card field the WSAPI refused, and says other failures in words', async () => {
    await create();
    await chooseTender('Card');
    await setTerminal({
      saleError: refusal('card.expiry', 'This card has expired.'),
    });
    expect(page().querySelector('mat-error')?.textContent).toContain('This card has expired.');
    expect(field('sale-error')).toBeNull();

    await setTerminal({ saleError: { kind: 'network' } });
    expect(text('sale-error')).toContain('may or may not have been recorded');
  });

  it('resends a sale whose answer was lost with the same key, and a conflicting one with a new key', async () => {
    await create();
    await type('amount', '19.99');
    await chooseTender('Cash');
    const keys = () =>
      submitted().map((action) => (action as { idempotencyKey?: string }).idempotencyKey);
    await submit();
    await setTerminal({ saleError: { kind: 'network' } });
    await submit();
    await setTerminal({
      saleError: { kind: 'conflict', code: 'conflict', field: null, message: 'Key reused.' },
    });
    expect(text('sale-error')).toContain('already recorded');
    await submit();
    const [first, resent, afterConflict] = keys();
    expect(first).toBeTruthy();
    expect(resent).toBe(first);
    expect(afterConflict).toBeTruthy();
    expect(afterConflict).not.toBe(first);
  });
});
