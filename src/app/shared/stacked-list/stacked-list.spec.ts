import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { RowAction } from './row-actions';
import { StackedList } from './stacked-list';
import { StackedRow } from './stacked-row';

/** A list as the pages build one: a row with a link and a button action, a row without any. */
@Component({
  imports: [StackedList, StackedRow],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mcm-stacked-list caption="Things, page 1 of 1" testId="things-list">
      <mcm-stacked-row name="Blue mug" [actions]="actions()" (actionChosen)="chosen.push($event)">
        <span mcmRowTitle>Blue mug</span>
        <span mcmRowMeta>RTL-MUG</span>
        <span mcmRowMeta>Taxable</span>
        <span mcmRowEnd>$18.00</span>
      </mcm-stacked-row>
      <mcm-stacked-row><span mcmRowTitle>Gift card</span></mcm-stacked-row>
    </mcm-stacked-list>
  `,
})
class Host {
  readonly actions = signal<readonly RowAction[]>([
    { id: 'edit', label: 'Edit', link: ['/things', 1] },
    { id: 'delete', label: 'Delete', danger: true },
  ]);
  readonly chosen: string[] = [];
}

describe('StackedList', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(Host);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  const root = () => fixture.nativeElement as HTMLElement;
  const list = () => root().querySelector<HTMLElement>('[role="list"]')!;
  const rows = () => [...list().querySelectorAll<HTMLElement>(':scope > [role="listitem"]')];
  const trigger = () => rows()[0].querySelector<HTMLButtonElement>('button')!;
  const menuItems = () => [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];

  it('is a list named by its caption, one list item per row, and no table', () => {
    const caption = root().querySelector('.caption')!;
    expect(caption.textContent?.trim()).toBe('Things, page 1 of 1');
    expect(list().getAttribute('aria-labelledby')).toBe(caption.id);
    expect(list().getAttribute('data-testid')).toBe('things-list');
    expect(rows().length).toBe(2);
    expect(root().querySelector('table')).toBeNull();
  });

  it('puts the name and facts first, the amount after them, the actions last', () => {
    const [main, end, actions] = [...rows()[0].children];
    expect(main.textContent).toContain('Blue mug');
    expect(main.textContent).toContain('RTL-MUG');
    expect(end.textContent?.trim()).toBe('$18.00');
    expect(actions.localName).toBe('mcm-row-actions');
  });

  it('offers a row’s actions behind one "Actions for <row>" button; a row without any has none', () => {
    expect(trigger().getAttribute('aria-label')).toBe('Actions for Blue mug');
    expect(trigger().getAttribute('aria-haspopup')).toBe('menu');
    expect(rows()[1].querySelector('button')).toBeNull();
  });

  it('opens the menu from the keyboard, focus on its first item; a link navigates, a button is told', async () => {
    trigger().focus();
    trigger().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    trigger().click();
    await fixture.whenStable();
    expect(menuItems().map((item) => item.textContent?.trim())).toEqual(['Edit', 'Delete']);
    expect(menuItems()[0].getAttribute('href')).toBe('/things/1');
    expect(trigger().getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(menuItems()[0]);

    menuItems()[1].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen).toEqual(['delete']);
    expect(menuItems().length).toBe(0);
  });

  it('shows a disabled action as disabled, and says nothing when it is clicked', async () => {
    fixture.componentInstance.actions.set([{ id: 'delete', label: 'Deleting…', disabled: true }]);
    await fixture.whenStable();
    trigger().click();
    await fixture.whenStable();
    const [item] = menuItems();
    expect(item.textContent?.trim()).toBe('Deleting…');
    expect(item.getAttribute('aria-disabled')).toBe('true');
    item.click();
    expect(fixture.componentInstance.chosen).toEqual([]);
  });
});
