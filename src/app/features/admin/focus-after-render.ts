import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

/** What to focus: a selector inside the component, or a function that finds the element. */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

/**
 * For a component of the admin area (call it in the constructor's injection context): a function
 * that moves focus to `target` once the next render has drawn it.
 */
export function injectFocusAfterRender(): (target: FocusTarget) => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const injector = inject(Injector);
  return (target) =>
    afterNextRender(
      () =>
        (typeof target === 'string'
          ? host.nativeElement.querySelector<HTMLElement>(target)
          : target()
        )?.focus(),
      { injector },
    );
}
