import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

/** A page rendered over a MockStore, with a spy on what it dispatches. */
export interface MockStorePage<T> {
  readonly fixture: ComponentFixture<T>;
  readonly store: MockStore;
  /** `store.dispatch`, spied on: the actions are recorded, not reduced. */
  readonly dispatch: jasmine.Spy;
}

export interface MockStorePageOptions {
  /** More providers: a router, an ActivatedRoute, a CLOCK… */
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
  /** Inputs to set before the first render. */
  readonly inputs?: Readonly<Record<string, unknown>>;
}

/**
 * Configures TestBed with `component` and a MockStore whose state is `state` (e.g.
 * `{ auth: signedInState(), firstLogin: … }`), spies on dispatch, renders the component and waits
 * for it. Change the state later with `store.setState(…)` and `await fixture.whenStable()`.
 */
export async function createMockStorePage<T>(
  component: Type<T>,
  state: object,
  options: MockStorePageOptions = {},
): Promise<MockStorePage<T>> {
  TestBed.configureTestingModule({
    imports: [component],
    providers: [provideMockStore({ initialState: state }), ...(options.providers ?? [])],
  });
  const store = TestBed.inject(MockStore);
  const dispatch = spyOn(store, 'dispatch');
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    fixture.componentRef.setInput(name, value);
  }
  await fixture.whenStable();
  return { fixture, store, dispatch };
}

/**
 * The calls of `dispatch` (a spy on `store.dispatch`) with an action of `action`'s type, each as
 * its argument list (`[[action]]` for one call), in order. `action` is the creator or its type.
 */
export function dispatchedOf(
  dispatch: jasmine.Spy,
  action: { readonly type: string },
): unknown[][] {
  return dispatch.calls
    .allArgs()
    .filter(([dispatched]) => (dispatched as { type: string }).type === action.type);
}
