import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** The admin area's own navigation (merchants, audit log) above the page. */
@Component({
  selector: 'mcm-admin-layout',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <nav class="admin-nav" aria-label="Administration">
      <a
        class="admin-nav__link"
        routerLink="merchants"
        routerLinkActive="admin-nav__link--active"
        ariaCurrentWhenActive="page"
        >Merchants</a
      >
      <a
        class="admin-nav__link"
        routerLink="audit-log"
        routerLinkActive="admin-nav__link--active"
        ariaCurrentWhenActive="page"
        >Audit log</a
      >
    </nav>
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
    .admin-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      max-width: 72rem;
      margin: 0 auto;
      padding: 0.75rem 1rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .admin-nav__link {
      padding: 0.5rem 1rem;
      border-bottom: 3px solid transparent;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-title-small);
      text-decoration: none;
    }
    .admin-nav__link:hover {
      color: var(--mat-sys-on-surface);
    }
    .admin-nav__link:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .admin-nav__link--active {
      border-bottom-color: var(--mat-sys-primary);
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminLayout {}
