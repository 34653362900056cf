import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'mcm-x-configuration-page',
  template: '<p>stub</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfigurationPage {}
