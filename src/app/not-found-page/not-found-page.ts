import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'mcm-not-found-page',
  imports: [RouterLink],
  template: `
    <div class="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <a routerLink="/">Go to the start page</a>
    </div>
  `,
  styles: `
    .not-found {
      max-width: 32rem;
      margin: 4rem auto;
      padding: 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
