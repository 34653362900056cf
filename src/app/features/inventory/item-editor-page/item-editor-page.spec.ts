import { ComponentFixture } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import { signedInState } from '../../../../testing/auth-presets';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { ItemEditorPageActions } from '../state/inventory.actions';
import { InventoryState, initialInventoryState } from '../state/inventory.feature';
import { ItemEditorPage } from './item-editor-page';
import { MUG } from '../../../core/wsapi/inventory-item.testing';
import { MUG_DRAFT, createInventoryPage } from '../inventory.testing';
import { refusal } from '../../../../testing/wsapi-errors';

const auth = signedInState();

describe('ItemEditorPage', () => {
  let fixture: ComponentFixture<ItemEditorPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  async function create(id: string | null, inventory: Partial<InventoryState> = {}) {
    ({ fixture, store, dispatch } = await createInventoryPage(
      ItemEditorPage,
      inventory,
      auth,
      id ? { id } : {},
    ));
  }

  const page = () => fixture.nativeElement as HTMLElement;
  const field = (name: string) =>
    page().querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`)!;
  const errors = () =>
    [...page().querySelectorAll('mat-error')].map((e) => e.textContent?.trim() ?? '');
  async function type(name: string, value: string) {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }
  async function save() {
    page().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
  }
  const submits = () =>
    dispatch.calls
      .allArgs()
      .map(([action]) => action)
      .filter((action) => action.type !== ItemEditorPageActions.opened.type);
  async function failWith(error: WsapiError) {
    store.setState({ auth, inventory: { ...initialInventoryState, saveError: error } });
    await fixture.whenStable();
  }

  it('adds an item: labelled fields, price parsed into minor units', async () => {
    await create(null);
    expect(dispatch).toHaveBeenCalledWith(ItemEditorPageActions.opened({ id: null }));
    expect(page().querySelector('h1')?.textContent).toContain('Add an item');
    const labels = [...page().querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Name', 'SKU', 'Price (USD)', 'Stock on hand']);

    await type('name', ' Pour-Over Kit ');
    await type('sku', 'RTL-POK2');
    await type('price', '34.95');
    await save();
    expect(submits()).toEqual([
      ItemEditorPageActions.createSubmitted({
        draft: {
          name: 'Pour-Over Kit',
          sku: 'RTL-POK2',
          price: 3495,
          taxExempt: false,
          active: true,
          stock: null,
        },
      }),
    ]);
  });

  it('refuses a bad price or SKU before sending anything, and focuses the first', async () => {
    await create(null);
    await type('name', 'Mug');
    await type('sku', '-bad sku');
    await type('price', '12.345');
    await save();
    expect(submits()).toEqual([]);
    expect(errors()).toEqual([
      'Start with a letter or digit; then use only letters, digits, dots, hyphens and underscores.',
      'Enter an amount like 12.50, with at most 2 decimals.',
    ]);
    expect(document.activeElement).toBe(field('sku'));
  });

  it('edits an item: the form shows its price as 18.00, and saving sends the new one', async () => {
    await create('item_abc', { editing: MUG });
    expect(page().querySelector('h1')?.textContent).toContain('Edit item');
    expect(field('price').value).toBe('18.00');
    expect(field('stock').value).toBe('25');
    await type('price', '19.5');
    await save();
    expect(submits()).toEqual([
      ItemEditorPageActions.updateSubmitted({
        id: 'item_abc',
        draft: { ...MUG_DRAFT, price: 1950 },
      }),
    ]);
  });

  it('shows a taken SKU on the SKU field, not as a banner, and focuses it', async () => {
    await create(null);
    await type('sku', 'cof-drp-s');
    await failWith(refusal('sku', 'Another item already has this SKU.'));
    expect(errors()).toEqual(['Another item already has this SKU.']);
    expect(field('sku').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('sku'));
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it('shows other failures in an alert', async () => {
    await create(null);
    await failWith({ kind: 'server', status: 500 });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'the server had a problem (HTTP 500)',
    );
  });

  it('says so when the item no longer exists, with a retry', async () => {
    await create('item_gone', { editorError: { kind: 'not-found' } });
    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'This item no longer exists',
    );
    expect(page().querySelector('form')).toBeNull();
    page().querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    expect(dispatch).toHaveBeenCalledWith(ItemEditorPageActions.retryClicked({ id: 'item_gone' }));
  });
});
