import { Routes } from '@angular/router';
import { InventoryPage } from './inventory-page';

export const INVENTORY_ROUTES: Routes = [{ path: '', component: InventoryPage }];
