import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

@Component({
  selector: 'mcm-virtual-terminal-page',
  imports: [ComingSoon],
  template: `<mcm-coming-soon
    title="Virtual terminal"
    description="Take a card or cash payment from the browser."
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VirtualTerminalPage {}
