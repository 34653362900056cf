import { Routes } from '@angular/router';
import { VirtualTerminalPage } from './virtual-terminal-page';

export const VIRTUAL_TERMINAL_ROUTES: Routes = [{ path: '', component: VirtualTerminalPage }];
