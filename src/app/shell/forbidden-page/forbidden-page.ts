import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { permissionName } from '../../core/access/permissions';

/**
 * Where a guard sends a signed-in user who lacks a permission: names the feature or the role the
 * page needs, in words (never the configuration key the guard passed).
 */
@Component({
  selector: 'mcm-forbidden-page',
  imports: [RouterLink],
  template: `
    <h1 class="forbidden__title">You don't have access to this page</h1>
    <div data-testid="missing-permissions">
      @if (names().features.length) {
        <p>It is part of a feature your account does not include:</p>
        <ul>
          @for (name of names().features; track name) {
            <li>{{ name }}</li>
          }
        </ul>
      }
      @if (names().roles.length) {
        <p>It is only for:</p>
        <ul>
          @for (name of names().roles; track name) {
            <li>{{ name }}</li>
          }
        </ul>
      }
      @if (names().unnamed) {
        <p>It needs a permission your account does not have.</p>
      }
    </div>
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

  protected readonly names = computed(() => {
    const keys = (this.missing() ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean);
    const names = keys.map(permissionName);
    const of = (kind: 'feature' | 'role') => [
      ...new Set(names.flatMap((name) => (name?.kind === kind ? [name.name] : []))),
    ];
    return { features: of('feature'), roles: of('role'), unnamed: names.includes(null) };
  });
}
