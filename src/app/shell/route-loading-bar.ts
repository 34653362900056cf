import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  RouteConfigLoadEnd,
  RouteConfigLoadStart,
  Router,
} from '@angular/router';

/**
 * A thin bar at the top of the page while a lazy route's code downloads. Plain CSS, so the
 * sign-in page does not pay for Material's progress bar.
 */
@Component({
  selector: 'mcm-route-loading-bar',
  template: `
    @if (loading()) {
      <div class="bar" role="progressbar" aria-label="Loading page">
        <div class="bar__fill"></div>
      </div>
    }
  `,
  styles: `
    .bar {
      position: fixed;
      inset: 0 0 auto 0;
      z-index: 1000;
      height: 3px;
      overflow: hidden;
      background: var(--mat-sys-primary-container);
    }
    .bar__fill {
      width: 40%;
      height: 100%;
      background: var(--mat-sys-primary);
      animation: slide 1s ease-in-out infinite;
    }
    @keyframes slide {
      from {
        transform: translateX(-100%);
      }
      to {
        transform: translateX(250%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar__fill {
        width: 100%;
        animation: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RouteLoadingBar {
  private pending = 0;
  protected readonly loading = signal(false);

  constructor() {
    inject(Router)
      .events.pipe(takeUntilDestroyed())
      .subscribe((event) => {
        if (event instanceof RouteConfigLoadStart) this.pending++;
        else if (event instanceof RouteConfigLoadEnd) this.pending = Math.max(0, this.pending - 1);
        // A failed or cancelled navigation may never report the end of its load.
        else if (
          event instanceof NavigationEnd ||
          event instanceof NavigationCancel ||
          event instanceof NavigationError
        )
          this.pending = 0;
        else return;
        this.loading.set(this.pending > 0);
      });
  }
}
