import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog, MatDialogState } from '@angular/material/dialog';
import { MatListItem, MatNavList } from '@angular/material/list';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSidenav, MatSidenavContainer, MatSidenavContent } from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { filter, map } from 'rxjs';
import { navItemsFor } from '../../core/access/nav-items';
import { BusinessName } from '../../core/auth/business-name';
import { ShellActions } from '../../core/auth/state/auth.actions';
import { authFeature } from '../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../shared/dates/local-date.pipe';
import { SHELL_ROUTES } from '../shell.routes';

/** The signed-in layout: toolbar, generated side navigation, test-account banner, content. */
@Component({
  selector: 'mcm-shell-layout',
  imports: [
    LocalDatePipe,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatIconButton,
    MatButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatSidenavContainer,
    MatSidenav,
    MatSidenavContent,
    MatNavList,
    MatListItem,
  ],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellLayout {
  private readonly store = inject(Store);
  private readonly sidenav = viewChild.required(MatSidenav);

  private readonly business = inject(BusinessName);
  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly businessName = this.business.name;
  protected readonly session = this.store.selectSignal(authFeature.selectSession);
  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  protected readonly navItems = computed(() => navItemsFor(SHELL_ROUTES, this.account()));
  protected readonly displayName = computed(() => {
    const user = this.account()?.user;
    if (!user) return '';
    return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.userName;
  });
  /** Phones and narrow windows get an overlay menu instead of a side column. */
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    // The business's name is asked for once the layout is on screen (two animation frames), so
    // sign-in stays one request; until it arrives the header shows the organization's id.
    afterNextRender(() =>
      requestAnimationFrame(() => requestAnimationFrame(() => this.business.load())),
    );
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.compact()) void this.sidenav().close();
      });
    // The signed-in area's dialogs end with it. MatDialog is a root service and the router's
    // navigation to /login closes nothing, so a sign-out that no click in the page started (the
    // session's end, the idle timeout, another tab) would leave a page's dialog over the sign-in
    // page, its container in the overlay container. Those already closing (the idle warning, when
    // the session ends) are left to finish.
    const dialogs = inject(MatDialog);
    inject(DestroyRef).onDestroy(() => {
      for (const ref of [...dialogs.openDialogs])
        if (ref.getState() === MatDialogState.OPEN) ref.close();
    });
  }

  protected signOut(): void {
    this.store.dispatch(ShellActions.signOutClicked());
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  }
}
