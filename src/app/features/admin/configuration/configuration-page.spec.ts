import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { signedInState } from '../../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../../testing/wsapi-testing';
import { MerchantStore } from '../merchant/merchant-store';
import { ConfigurationPage } from './configuration-page';
import { refuse } from '../wsapi-refusal.testing';

const URL = 'https://api.example.com/WSAPI/Organizations/8/Configuration';
const CONFIGURATION = {
  'component.access.virtual_terminal': true,
  'component.access.inventory_management': false,
  'processing.config.currency': { code: 'USD', iso: 840, symbol: '$' },
  'processing.config.tip': true,
  'processing.config.capture_signature': 'Optional',
  'security.session_timeout.mobile': 15,
  'security.account_locking.count_memory': '30',
  'branding.theme': 'default',
};

describe('ConfigurationPage', () => {
  let fixture: ComponentFixture<ConfigurationPage>;
  let backend: HttpTestingController;

  async function create(role: 'admin' | 'sys-admin'): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ConfigurationPage],
      providers: [
        provideWsapiTesting(),
        provideMockStore({
          initialState: {
            auth: signedInState({
              user: { isAdmin: role === 'admin', isSysAdmin: role === 'sys-admin' },
            }),
          },
        }),
        {
          provide: MerchantStore,
          useValue: { organization: signal({ organizationId: '8', name: 'Demo Merchant' }) },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ConfigurationPage);
    fixture.componentRef.setInput('organizationId', '8');
    await fixture.whenStable();
  }

  async function loaded(role: 'admin' | 'sys-admin'): Promise<void> {
    await create(role);
    backend.expectOne(URL).flush({ organization_id: '8', configuration: CONFIGURATION });
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const page = () => fixture.nativeElement as HTMLElement;
  const texts = (selector: string) =>
    [...page().querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
  const button = (name: string) =>
    [...page().querySelectorAll('button')].find((element) =>
      element.textContent?.trim().startsWith(name),
    );
  // Controls are named by their label now; a key finds its control through its row's cell.
  const toggle = (key: string) =>
    page().querySelector<HTMLButtonElement>(`td[data-key="${key}"] button[role="switch"]`);
  const field = (key: string) =>
    page().querySelector<HTMLInputElement>(`td[data-key="${key}"] input`);
  const cell = (key: string) => page().querySelector(`td[data-key="${key}"]`)?.textContent?.trim();
  async function click(element: HTMLElement | null | undefined): Promise<void> {
    element!.click();
    await fixture.whenStable();
  }
  async function type(key: string, value: string): Promise<void> {
    const input = field(key)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }
  async function edit(): Promise<void> {
    await click(button('Edit settings'));
  }
  async function save(): Promise<void> {
    await click(page().querySelector<HTMLButtonElement>('button[type="submit"]'));
  }

  describe('for an admin (not a system administrator)', () => {
    it('shows every group in order, each a captioned Setting / Value table, readably', async () => {
      await loaded('admin');
      expect(texts('h2')).toEqual(['Configuration']);
      expect(texts('h3')).toEqual(['Feature access', 'Processing settings', 'Security', 'Other']);
      expect(texts('caption')[0]).toContain('component.access.');
      expect(texts('table')[0]).toContain('Setting');
      expect(texts('tbody tr:first-child th .group__label')[0]).toBe('Inventory');
      expect(texts('tbody tr:first-child th .group__key')[0]).toBe(
        'component.access.inventory_management',
      );
      expect(cell('component.access.virtual_terminal')).toBe('On');
      expect(cell('component.access.inventory_management')).toBe('Off');
      expect(cell('processing.config.currency')).toBe('code: USD, iso: 840, symbol: $');
      expect(cell('security.account_locking.count_memory')).toBe('30');
    });

    it('is read-only, and says only system administrators can change it', async () => {
      await loaded('admin');
      expect(page().querySelector('[data-testid="read-only-note"]')?.textContent).toContain(
        'Only system administrators can change the configuration.',
      );
      expect(button('Edit settings')).toBeUndefined();
      expect(page().querySelectorAll('input, [role="switch"], form').length).toBe(0);
    });

    it('a configuration it cannot read is an alert; Try again asks again', async () => {
      await create('admin');
      backend.expectOne(URL).flush(null, { status: 404, statusText: 'Not Found' });
      await fixture.whenStable();
      expect(page().querySelector('[role="alert"]')?.textContent).toContain(
        'This merchant does not exist or is not one you administer.',
      );
      await click(button('Try again'));
      backend.expectOne(URL).flush({ configuration: CONFIGURATION });
      await fixture.whenStable();
      expect(page().querySelector('[role="alert"]')).toBeNull();
      expect(cell('component.access.virtual_terminal')).toBe('On');
    });
  });

  it('another merchant never shows the previous one’s configuration, loading or failed', async () => {
    await loaded('admin');
    expect(cell('component.access.virtual_terminal')).toBe('On');
    fixture.componentRef.setInput('organizationId', '20');
    await fixture.whenStable();
    expect(page().querySelectorAll('table').length).toBe(0);
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
    backend
      .expectOne(URL.replace('/8/', '/20/'))
      .flush(null, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page().querySelector('[role="alert"]')?.textContent).toContain(
      'This merchant does not exist or is not one you administer.',
    );
    expect(page().querySelectorAll('table').length).toBe(0);
  });

  describe('for a system administrator', () => {
    it('edits: a switch per boolean named by its key, fields for numbers and strings, objects read-only', async () => {
      await loaded('sys-admin');
      expect(page().querySelector('[data-testid="read-only-note"]')).toBeNull();
      await edit();
      expect(toggle('component.access.virtual_terminal')?.getAttribute('aria-checked')).toBe(
        'true',
      );
      expect(field('security.session_timeout.mobile')?.value).toBe('15');
      expect(field('security.account_locking.count_memory')?.value).toBe('30');
      expect(field('processing.config.currency')).toBeNull();
      expect(cell('processing.config.currency')).toContain('Read-only here');
      expect(document.activeElement?.textContent).toContain('Editing.');
    });

    it('names each control by its label, says the units, and offers Off / Optional / Required as a select', async () => {
      await loaded('sys-admin');
      await edit();
      expect(toggle('component.access.virtual_terminal')?.getAttribute('aria-label')).toBe(
        'Virtual terminal',
      );
      expect(field('security.session_timeout.mobile')?.getAttribute('aria-label')).toBe(
        'Idle sign-out on mobile (minutes)',
      );
      expect(field('security.session_timeout.mobile')?.getAttribute('inputmode')).toBe('decimal');
      expect(
        page()
          .querySelector('td[data-key="security.session_timeout.mobile"] mat-hint')
          ?.textContent?.trim(),
      ).toBe('In minutes.');
      expect(field('processing.config.capture_signature')).toBeNull();
      const select = page().querySelector<HTMLElement>(
        'td[data-key="processing.config.capture_signature"] mat-select',
      )!;
      expect(select.getAttribute('role')).toBe('combobox');
      expect(select.getAttribute('aria-label')).toBe('Signature capture');
      expect(select.textContent?.trim()).toBe('Optional');
      await click(select);
      const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
      expect(options.map((option) => option.textContent?.trim())).toEqual([
        'Off: not asked',
        'Optional: on, the user may turn it off',
        'Required: always on',
      ]);
      await click(options[2]);
      expect(texts('[data-testid="pending-changes"] li')).toEqual([
        'processing.config.capture_signature: Optional → Required',
      ]);
      await save();
      const request = backend.expectOne(URL);
      expect(request.request.body).toEqual({
        configuration: { 'processing.config.capture_signature': 'Required' },
      });
      request.flush({ configuration: CONFIGURATION });
      await fixture.whenStable();
    });

    it('saves only the changed key, then says so in the live region with the merchant’s name', async () => {
      await loaded('sys-admin');
      await edit();
      await click(toggle('component.access.virtual_terminal'));
      expect(texts('[data-testid="pending-changes"] li')).toEqual([
        'component.access.virtual_terminal: On → Off',
      ]);
      expect(button('Save 1 change')).toBeDefined();
      await save();
      const request = backend.expectOne(URL);
      expect(request.request.method).toBe('PUT');
      expect(request.request.body).toEqual({
        configuration: { 'component.access.virtual_terminal': false },
      });
      expect(button('Saving…')?.disabled).toBeTrue();
      request.flush({
        configuration: { ...CONFIGURATION, 'component.access.virtual_terminal': false },
      });
      await fixture.whenStable();
      const status = page().querySelector('[role="status"]');
      expect(status?.textContent?.trim()).toBe(
        'Saved 1 change. Users of Demo Merchant see it at their next session refresh.',
      );
      expect(document.activeElement).toBe(status);
      expect(page().querySelector('form')).toBeNull();
      expect(cell('component.access.virtual_terminal')).toBe('Off');
    });

    it('a number stays a number and a numeric-looking string stays a string', async () => {
      await loaded('sys-admin');
      await edit();
      await type('security.session_timeout.mobile', ' 20 ');
      await type('security.account_locking.count_memory', '45');
      await save();
      const request = backend.expectOne(URL);
      expect(request.request.body).toEqual({
        configuration: {
          'security.account_locking.count_memory': '45',
          'security.session_timeout.mobile': 20,
        },
      });
      request.flush({ configuration: CONFIGURATION });
      await fixture.whenStable();
      expect(texts('[role="status"]')[0]).toContain('Saved 2 changes.');
    });

    it('refuses a number field that is not a number, next to it, and sends nothing', async () => {
      await loaded('sys-admin');
      await edit();
      await type('security.session_timeout.mobile', 'soon');
      expect(texts('mat-error')).toEqual(['Enter a number, like 15 or 2.5.']);
      await save();
      backend.expectNone(URL);
      expect(texts('[role="alert"]')[0]).toContain('Nothing was saved.');
      expect(document.activeElement).toBe(field('security.session_timeout.mobile'));
    });

    it('says there is nothing to save when nothing changed', async () => {
      await loaded('sys-admin');
      await edit();
      await type('security.session_timeout.mobile', '15.0');
      await save();
      backend.expectNone(URL);
      expect(texts('[role="alert"]')).toEqual([]);
      expect(texts('[role="status"]')).toEqual(['Nothing to save: no setting was changed.']);
    });

    it('a refused save keeps the edits and shows the server’s message on the field', async () => {
      await loaded('sys-admin');
      await edit();
      await click(toggle('processing.config.tip'));
      await type('security.account_locking.count_memory', '45');
      await save();
      refuse(
        backend.expectOne(URL),
        'security.account_locking.count_memory',
        'security.account_locking.count_memory must stay a string.',
      );
      await fixture.whenStable();
      expect(texts('[role="alert"]')[0]).toContain(
        'Saving the configuration failed: security.account_locking.count_memory must stay a string.',
      );
      expect(texts('mat-error')).toEqual([
        'security.account_locking.count_memory must stay a string.',
      ]);
      expect(toggle('processing.config.tip')?.getAttribute('aria-checked')).toBe('false');
      expect(field('security.account_locking.count_memory')?.value).toBe('45');
      expect(field('security.account_locking.count_memory')?.disabled).toBeFalse();
      expect(texts('[data-testid="pending-changes"] li').length).toBe(2);
    });

    it('Cancel drops the edits and returns to the Edit button', async () => {
      await loaded('sys-admin');
      await edit();
      await click(toggle('component.access.virtual_terminal'));
      await click(button('Cancel'));
      expect(page().querySelector('form')).toBeNull();
      expect(cell('component.access.virtual_terminal')).toBe('On');
      expect(document.activeElement).toBe(button('Edit settings')!);
    });
  });
});
