import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { permissionLabel } from '../../core/access/permissions';

/** Where a guard sends a signed-in user who lacks a permission: says which one is missing. */
@Component({
  selector: 'mcm-forbidden-page',
  imports: [RouterLink],
  template: `
    <h1 class="forbidden__title">You don't have access to this page</h1>
    @if (missingLabels().length) {
      <p>This page needs a permission your account does not have:</p>
      <ul data-testid="missing-permissions">
        @for (permission of missingLabels(); track permission.key) {
          <li>
            {{ permission.label }} <code>{{ permission.key }}</code>
          </li>
        }
      </ul>
    }
    <p>If you need it, ask your organization's administrator.</p>
    <a routerLink="/dashboard">Back to the dashboard</a>
  `,
  styles: `
    .forbidden__title {
      margin: 0 0 1rem;
      font: var(--mat-sys-headline-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {
  /** Comma-separated permission keys, from the guard's redirect. */
  readonly missing = input<string>();

  protected readonly missingLabels = computed(() =>
    (this.missing() ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => /^[a-z_.:-]+$/i.test(key))
      .map((key) => ({ key, label: permissionLabel(key) })),
  );
}
