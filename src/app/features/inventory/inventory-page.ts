import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'mcm-inventory-page',
  imports: [ComingSoon],
  template: `<mcm-coming-soon
    title="Inventory"
    description="Manage the items you sell and their prices."
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {}
