import { Route, Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { confirmLeavingUnsavedChanges } from '../../shared/forms/unsaved-changes';
import { InventoryPage } from './inventory-page/inventory-page';
import * as inventoryEffects from './state/inventory.effects';
import { inventoryFeature } from './state/inventory.feature';

/**
 * `/inventory` (its flag, `component.access.inventory_management`, is checked by the shell's
 * route): the list, and the editor at `new` and `:id`, sharing one state slice.
 */
export const INVENTORY_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(inventoryFeature), provideEffects(inventoryEffects)],
    children: [
      { path: '', component: InventoryPage },
      editorRoute('new', 'Add an item · MCM Portal'),
      editorRoute(':id', 'Edit item · MCM Portal'),
    ],
  },
];

/** The item editor, for a new item or an existing one: it asks before unsaved changes are lost. */
function editorRoute(path: string, title: string): Route {
  return {
    path,
    title,
    canDeactivate: [confirmLeavingUnsavedChanges],
    loadComponent: () =>
      import('./item-editor-page/item-editor-page').then((m) => m.ItemEditorPage),
  };
}
