import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'mcm-x-boarding-page',
  template: '<p>stub</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardingPage {}
