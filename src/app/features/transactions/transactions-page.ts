import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'mcm-transactions-page',
  imports: [ComingSoon],
  template: `<mcm-coming-soon
    title="Transactions"
    description="Search your sales, refund or void them, and send receipts."
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransactionsPage {}
