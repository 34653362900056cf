import { Routes } from '@angular/router';
import { AdminPage } from './admin-page';

export const ADMIN_ROUTES: Routes = [{ path: '', component: AdminPage }];
