import { ComponentFixture, TestBed } from '@angular/core/testing';
import { fakeScreen } from '../layout/narrow-screen.testing';
import { PageChoice, Paginator } from './paginator';

describe('Paginator', () => {
  let fixture: ComponentFixture<Paginator>;
  let chosen: PageChoice[];

  async function create(inputs: Partial<Record<keyof Paginator, unknown>>, narrow = false) {
    TestBed.configureTestingModule({ providers: [fakeScreen(narrow).provider] });
    fixture = TestBed.createComponent(Paginator);
    const values = {
      length: 30,
      page: 1,
      pageSize: 25,
      pageSizes: [10, 25, 50],
      label: 'Pages of items',
      ...inputs,
    };
    for (const [name, value] of Object.entries(values)) fixture.componentRef.setInput(name, value);
    chosen = [];
    fixture.componentInstance.pageChange.subscribe((choice) => chosen.push(choice));
    fixture.autoDetectChanges();
    await fixture.whenStable();
  }
  const element = () => fixture.nativeElement as HTMLElement;
  const paginator = () => element().querySelector<HTMLElement>('mat-paginator');
  const button = (name: string) =>
    element().querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;

  it('is named, shows the range, and has first, previous, next and last page buttons', async () => {
    await create({ page: 2, pageSize: 10 });
    expect(paginator()!.getAttribute('aria-label')).toBe('Pages of items');
    expect(element().querySelector('.mat-mdc-paginator-range-label')?.textContent).toContain(
      '11 – 20 of 30',
    );
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page']) {
      expect(button(name)).withContext(name).not.toBeNull();
    }
  });

  it('tells the page chosen, counted from 1', async () => {
    await create({ page: 1, pageSize: 10 });
    button('Next page').click();
    button('Last page').click();
    expect(chosen).toEqual([
      { page: 2, pageSize: 10 },
      { page: 3, pageSize: 10 },
    ]);
  });

  it('is not shown while everything fits on one page of the smallest size', async () => {
    await create({ length: 10 });
    expect(paginator()).toBeNull();
    fixture.componentRef.setInput('length', 11);
    await fixture.whenStable();
    expect(paginator()).not.toBeNull();
  });

  it('is disabled while the list loads', async () => {
    await create({ disabled: true });
    button('Next page').click();
    expect(button('Next page').getAttribute('aria-disabled')).toBe('true');
    expect(chosen).toEqual([]);
  });

  it('on a phone, drops "Items per page" from view but keeps the size named', async () => {
    await create({}, true);
    expect(paginator()!.classList).toContain('narrow');
    const label = element().querySelector<HTMLElement>('.mat-mdc-paginator-page-size-label')!;
    expect(getComputedStyle(label).display).toBe('none');
    const select = element().querySelector('mat-select')!;
    expect(select.getAttribute('aria-labelledby')).toContain(label.id);
  });
});
