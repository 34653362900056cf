import { Type } from '@angular/core';
import { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { signedInState } from '../../../testing/auth-presets';
import { ItemDraft } from './inventory.model';
import { InventoryState, initialInventoryState } from './state/inventory.feature';
import { createMockStorePage } from '../../../testing/mock-store-page';

/** What the editor sends for `MUG` (core/wsapi/inventory-item.testing.ts). */
export const MUG_DRAFT: ItemDraft = {
  name: 'Ceramic Mug',
  sku: 'RTL-MUG',
  price: 1800,
  taxExempt: false,
  active: true,
  stock: 25,
};

/** An inventory page on a mock store holding `inventory`, with `dispatch` spied on. */
export async function createInventoryPage<T>(
  page: Type<T>,
  inventory: Partial<InventoryState> = {},
  auth = signedInState(),
  inputs: Readonly<Record<string, unknown>> = {},
): Promise<{ fixture: ComponentFixture<T>; store: MockStore; dispatch: jasmine.Spy }> {
  return createMockStorePage(
    page,
    { auth, inventory: { ...initialInventoryState, ...inventory } },
    { providers: [provideRouter([])], inputs },
  );
}
