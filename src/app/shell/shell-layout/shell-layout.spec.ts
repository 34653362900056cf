import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, MatDialogState } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import { MockStore } from '@ngrx/store/testing';
import { Subscription } from 'rxjs';
import { clerkConfiguration, provideAuthState, signedInState } from '../../../testing/auth-presets';
import { ShellActions } from '../../core/auth/state/auth.actions';
import { RUNTIME_CONFIG } from '../../core/config/runtime-config';
import { AuthState } from '../../core/auth/state/auth.feature';
import { ShellLayout } from './shell-layout';

@Component({
  template: '<p>Refund this sale?</p>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class PageDialog {}

const HTTP = [
  provideHttpClient(),
  provideHttpClientTesting(),
  { provide: RUNTIME_CONFIG, useValue: { wsapiOrigin: 'https://wsapi.test', wsapiBasePath: '' } },
];
const twoFrames = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

describe('ShellLayout', () => {
  async function render(auth: AuthState) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideAuthState(auth), HTTP],
    });
    const store = TestBed.inject(MockStore);
    const fixture = TestBed.createComponent(ShellLayout);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, store, fixture };
  }

  const links = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('nav[aria-label="Main"] a')).map((a) =>
      a.textContent?.trim(),
    );

  it('lists the links the user may follow', async () => {
    const { element } = await render(signedInState({ configuration: clerkConfiguration }));
    expect(links(element)).toEqual(['Dashboard', 'Transactions', 'Account settings']);
  });

  it('shows a visible banner for a test account, and none otherwise', async () => {
    const test = await render(signedInState({ user: { testAccount: true } }));
    expect(
      test.element.querySelector('[data-testid="test-account-banner"]')?.textContent,
    ).toContain('Test account');
    TestBed.resetTestingModule();
    const real = await render(signedInState());
    expect(real.element.querySelector('[data-testid="test-account-banner"]')).toBeNull();
  });

  it('shows who is signed in and when the session ends, in the user’s locale', async () => {
    const state = signedInState();
    const { element } = await render(state);
    expect(element.querySelector('[data-testid="user-menu"]')?.textContent?.trim()).toBe(
      'MyFirstName MyLastName',
    );
    const until = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' }).format(
      state.session!.expiresAt,
    );
    expect(
      element.querySelector('[data-testid="toolbar-session-expiry"]')?.textContent?.trim(),
    ).toBe(`Session until ${until}`);
  });

  it("shows the business's name once painted, asked for once; the organization id until then", async () => {
    const { element, fixture } = await render(signedInState());
    const merchant = () =>
      element.querySelector('[data-testid="merchant-name"]')?.textContent?.trim();
    expect(merchant()).toBe('merchant 8');
    await twoFrames();
    TestBed.inject(HttpTestingController)
      .expectOne('https://wsapi.test/Merchants/Current')
      .flush({ organization_id: '8', name: 'Demo Merchant' });
    await fixture.whenStable();
    expect(merchant()).toBe('Demo Merchant');
    expect(merchant()).not.toContain('8');
  });

  it('keeps the organization id when the name cannot be read', async () => {
    const { element } = await render(signedInState());
    await twoFrames();
    TestBed.inject(HttpTestingController)
      .expectOne('https://wsapi.test/Merchants/Current')
      .flush({ code: 'forbidden' }, { status: 403, statusText: 'Forbidden' });
    expect(element.querySelector('[data-testid="merchant-name"]')?.textContent?.trim()).toBe(
      'merchant 8',
    );
  });

  it('signs out from the user menu', async () => {
    const { element, store } = await render(signedInState());
    const dispatch = spyOn(store, 'dispatch');
    (element.querySelector('[data-testid="user-menu"]') as HTMLButtonElement).click();
    const item = Array.from(document.querySelectorAll<HTMLButtonElement>('[mat-menu-item]')).find(
      (button) => button.textContent?.trim() === 'Sign out',
    );
    item!.click();
    expect(dispatch).toHaveBeenCalledWith(ShellActions.signOutClicked());
  });

  it('leaves no router subscription behind when destroyed (every sign-out destroys it)', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideAuthState(), HTTP] });
    const events = TestBed.inject(Router).events;
    const subscribe = events.subscribe.bind(events);
    const subscriptions: Subscription[] = [];
    spyOn(events, 'subscribe').and.callFake(((...args: Parameters<typeof subscribe>) => {
      const subscription = subscribe(...args);
      subscriptions.push(subscription);
      return subscription;
    }) as typeof subscribe);
    // Three sign-ins and sign-outs; the router's own services, made at the first, stay with the app.
    const openAfterEach: number[] = [];
    for (let cycle = 0; cycle < 3; cycle++) {
      const fixture = TestBed.createComponent(ShellLayout);
      await fixture.whenStable();
      fixture.destroy();
      openAfterEach.push(subscriptions.filter((subscription) => !subscription.closed).length);
    }
    expect(openAfterEach).toEqual([openAfterEach[0], openAfterEach[0], openAfterEach[0]]);
  });

  it('closes the dialog a page left open when it is destroyed (a sign-out no click started)', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideAuthState(signedInState()),
        HTTP,
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(ShellLayout);
    await fixture.whenStable();
    const dialogs = TestBed.inject(MatDialog);
    const ref = dialogs.open(PageDialog);
    const overlay = TestBed.inject(OverlayContainer).getContainerElement();
    expect(overlay.querySelector('mat-dialog-container')?.textContent).toContain(
      'Refund this sale?',
    );

    fixture.destroy();

    expect(ref.getState()).not.toBe(MatDialogState.OPEN);
    await Promise.resolve(); // with animations off, the close ends one microtask later
    expect(ref.getState()).toBe(MatDialogState.CLOSED);
    expect(dialogs.openDialogs).toEqual([]);
    expect(overlay.querySelector('mat-dialog-container')).toBeNull();
  });
});
