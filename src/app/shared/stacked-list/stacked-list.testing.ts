import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { fakeScreen } from '../layout/narrow-screen.testing';

/**
 * A list component rendered on a phone's screen (a fake BreakpointObserver that matches), with
 * `inputs` set, and how a spec reads its stacked rows and opens a row's actions menu.
 */
export async function renderOnPhone<T>(
  component: Type<T>,
  inputs: Readonly<Record<string, unknown>>,
) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      fakeScreen(true).provider,
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const fixture: ComponentFixture<T> = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.autoDetectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    element,
    /** The stacked rows (each a `listitem`). */
    rows: () => [...element.querySelectorAll<HTMLElement>('[role="list"] > [role="listitem"]')],
    /** Opens the row's "Actions for …" menu and gives its items. */
    async openActions(row: HTMLElement): Promise<HTMLElement[]> {
      const trigger = row.querySelector<HTMLButtonElement>('mcm-row-actions button')!;
      trigger.click();
      await fixture.whenStable();
      // This trigger's own panel: a menu closed a moment ago may still be leaving the overlay.
      const panel = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
      if (!panel) throw new Error('the row’s actions menu did not open');
      return [...panel.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    },
  };
}
