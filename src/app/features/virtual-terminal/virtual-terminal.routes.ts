import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { PendingCard } from './pending-card';
import * as virtualTerminalEffects from './state/virtual-terminal.effects';
import { virtualTerminalFeature } from './state/virtual-terminal.feature';
import { VirtualTerminalPage } from './virtual-terminal-page/virtual-terminal-page';

/** `/virtual-terminal`, behind `component.access.virtual_terminal` (declared in the shell). */
export const VIRTUAL_TERMINAL_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideState(virtualTerminalFeature),
      provideEffects(virtualTerminalEffects),
      PendingCard,
    ],
    component: VirtualTerminalPage,
  },
];
