import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { signedInState } from '../../../../testing/auth-presets';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { MUG } from '../../../core/wsapi/inventory-item.testing';
import { createInventoryPage } from '../inventory.testing';
import { InventoryPageActions } from '../state/inventory.actions';
import { InventoryState } from '../state/inventory.feature';
import { InventoryPage } from './inventory-page';

const XSS = '<img src=x onerror=alert(1)>';
const item = (changes: Partial<InventoryItem>): InventoryItem => ({
  ...MUG,
  id: 'item_1',
  ...changes,
});

describe('InventoryPage', () => {
  let fixture: ComponentFixture<InventoryPage>;
  let dispatch: jasmine.Spy;

  async function create(inventory: Partial<InventoryState> = {}, auth = signedInState()) {
    ({ fixture, dispatch } = await createInventoryPage(InventoryPage, inventory, auth));
  }
  const page = () => fixture.nativeElement as HTMLElement;
  const rows = () => [...page().querySelectorAll('tbody tr')];

  it('lists the items in a captioned table, with prices in the user’s locale', async () => {
    await create({
      items: [item({}), item({ id: 'item_2', name: 'Gift Card', price: 2500, stock: null })],
      totalCount: 2,
    });
    expect(dispatch).toHaveBeenCalledWith(InventoryPageActions.opened());
    expect(page().querySelector('caption')?.textContent).toContain('page 1 of 1');
    expect([...page().querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
      'Name',
      'SKU',
      'Price',
      'Tax',
      'Stock',
      'Actions',
    ]);
    expect(rows()[0].textContent).toContain('$18.00');
    expect(rows()[1].textContent).toContain('Not tracked');
    expect(page().querySelector('[role="status"]')?.textContent).toContain('2 items.');
  });

  it('formats CAD for the Canadian merchant', async () => {
    await create(
      { items: [item({ currency: 'CAD', price: 1299 })], totalCount: 1 },
      signedInState({ user: { locale: 'en_CA' } }),
    );
    expect(rows()[0].querySelector('[data-testid="item-price"]')?.textContent?.trim()).toBe(
      '$12.99',
    );
  });

  it('renders a name that looks like HTML as text', async () => {
    await create({ items: [item({ name: XSS })], totalCount: 1 });
    expect(page().querySelector('[data-testid="item-name"]')?.textContent).toBe(XSS);
    expect(page().querySelector('tbody img')).toBeNull();
    expect(rows()[0].querySelector('a')?.getAttribute('aria-label')).toBe(`Edit ${XSS}`);
  });

  it('searches as the user types, from page 1', async () => {
    await create();
    const box = page().querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'mug';
    box.dispatchEvent(new Event('input'));
    expect(dispatch).toHaveBeenCalledWith(InventoryPageActions.searchChanged({ q: 'mug' }));
  });

  it('says when nothing matches the search', async () => {
    await create({ query: { q: 'zzz', page: 1, pageSize: 25 } });
    expect(page().querySelector('[role="status"]')?.textContent).toContain('No items match “zzz”.');
    expect(page().querySelector('table')).toBeNull();
  });

  it('says how many items match, in the right number', async () => {
    await create({ items: [item({})], totalCount: 1, query: { q: 'mug', page: 1, pageSize: 25 } });
    expect(page().querySelector('[role="status"]')?.textContent).toContain('1 item matches “mug”.');
  });

  it('deletes only after the user confirms', async () => {
    const mug = item({});
    await create({ items: [mug], totalCount: 1 });
    const open = spyOn(TestBed.inject(MatDialog), 'open');
    open.and.returnValue({ afterClosed: () => of(false) } as never);
    const deleteButton = page().querySelector<HTMLButtonElement>('tbody button')!;
    expect(deleteButton.getAttribute('aria-label')).toBe('Delete Ceramic Mug');
    deleteButton.click();
    expect(open).toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalledWith(InventoryPageActions.deleteConfirmed({ item: mug }));

    open.and.returnValue({ afterClosed: () => of(true) } as never);
    deleteButton.click();
    expect(dispatch).toHaveBeenCalledWith(InventoryPageActions.deleteConfirmed({ item: mug }));
  });

  it('offers a retry when the list could not load', async () => {
    await create({ loadError: { kind: 'network' } });
    const alert = page().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('could not reach the server');
    alert.querySelector('button')!.click();
    expect(dispatch).toHaveBeenCalledWith(InventoryPageActions.retryClicked());
  });

  it('pages on the server: the paginator shows the total and asks for the next page', async () => {
    await create({
      items: Array.from({ length: 25 }, (_, n) => item({ id: `item_${n}`, sku: `S${n}` })),
      totalCount: 30,
    });
    expect(page().querySelector('.mat-mdc-paginator-range-label')?.textContent).toContain(
      '1 – 25 of 30',
    );
    page().querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')!.click();
    expect(dispatch).toHaveBeenCalledWith(
      InventoryPageActions.pageChanged({ page: 2, pageSize: 25 }),
    );
  });
});
