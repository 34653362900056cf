import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ForbiddenPage } from './forbidden-page';

describe('ForbiddenPage', () => {
  async function render(missing: string): Promise<string> {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(ForbiddenPage);
    fixture.componentRef.setInput('missing', missing);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('names the feature a flag turns on, never the flag', async () => {
    const text = await render('component.access.virtual_terminal');
    expect(text).toContain('Virtual terminal');
    expect(text).not.toContain('component.access');
  });

  it('names each feature and role once, and no key it does not know', async () => {
    const text = await render(
      'component.access.inventory_management,processing.permissions.refund,role:admin,role:sys-admin,organization:partner',
    );
    expect(text).toContain('Inventory');
    expect(text).toContain('Refunds');
    expect(text).toContain('Organization administrator');
    expect(text).toContain('System administrator');
    expect(text).toContain('needs a permission your account does not have');
    expect(text).not.toMatch(/component\.|processing\.|role:|organization:/);
  });
});
