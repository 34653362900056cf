import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as transactionsEffects from './state/transactions.effects';
import { transactionsFeature } from './state/transactions.feature';
import { TransactionsPage } from './transactions-page/transactions-page';

/**
 * `/transactions`: the history (filters, paging and order in the query string) and
 * `/transactions/:id`, one transaction with its refund, void and receipt actions.
 */
export const TRANSACTIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(transactionsFeature), provideEffects(transactionsEffects)],
    children: [
      { path: '', component: TransactionsPage },
      {
        path: ':id',
        title: 'Transaction · MCM Portal',
        loadComponent: () =>
          import('./transaction-detail-page/transaction-detail-page').then(
            (m) => m.TransactionDetailPage,
          ),
      },
    ],
  },
];
