import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { RouteLoadingBar } from './shell/route-loading-bar';

@Component({
  selector: 'mcm-root',
  imports: [RouterOutlet, RouteLoadingBar],
  template: '<mcm-route-loading-bar /><router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
