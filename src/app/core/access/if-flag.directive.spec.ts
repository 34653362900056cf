import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MockStore } from '@ngrx/store/testing';
import {
  clerkConfiguration,
  provideAuthState,
  signedInState,
  signedOutState,
} from '../../../testing/auth-presets';
import { IfFlag } from './if-flag.directive';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IfFlag],
  template: `
    <button *mcmIfFlag="'processing.permissions.refund'; else noRefund">Refund</button>
    <ng-template #noRefund><span class="no-refund">Refunds are off</span></ng-template>
    <p *mcmIfFlag="{ anyOf: ['role:admin', 'role:sys-admin'] }" class="admin">Admin</p>
  `,
})
class Host {}

describe('*mcmIfFlag', () => {
  let store: MockStore;

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideAuthState(signedInState())] });
    store = TestBed.inject(MockStore);
  });

  it('shows the template when the flag is on', async () => {
    const element = await render();
    expect(element.querySelector('button')?.textContent).toBe('Refund');
    expect(element.querySelector('.no-refund')).toBeNull();
  });

  it('shows the else template when the flag is off', async () => {
    store.setState({ auth: signedInState({ configuration: clerkConfiguration }) });
    const element = await render();
    expect(element.querySelector('button')).toBeNull();
    expect(element.querySelector('.no-refund')?.textContent).toBe('Refunds are off');
  });

  it('re-evaluates when the session changes (a refresh, a sign-out)', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('button')).not.toBeNull();
    store.setState({
      auth: signedInState({ configuration: { 'processing.permissions.refund': 'false' } }),
    });
    await fixture.whenStable();
    expect(element.querySelector('button')).toBeNull();
    store.setState({ auth: signedOutState() });
    await fixture.whenStable();
    expect(element.querySelector('.no-refund')).not.toBeNull();
  });

  it('checks roles through the same mechanism', async () => {
    expect((await render()).querySelector('.admin')).toBeNull();
    store.setState({ auth: signedInState({ user: { isAdmin: true } }) });
    TestBed.tick();
    expect((await render()).querySelector('.admin')).not.toBeNull();
  });
});
