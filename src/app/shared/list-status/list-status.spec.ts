import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ListStatus } from './list-status';

/** A page that uses the status as the list pages do, with one message of its own projected. */
@Component({
  imports: [ListStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mcm-list-status
      [errorMessage]="errorMessage()"
      [summary]="summary()"
      [loading]="loading()"
      loadingLabel="Loading things"
      errorTestId="things-error"
      summaryTestId="things-summary"
      (retry)="retries.set(retries() + 1)"
    >
      @if (ownMessage(); as message) {
        <p role="alert" data-testid="own-message">{{ message }}</p>
      }
    </mcm-list-status>
  `,
})
class Host {
  readonly errorMessage = signal<string | null>(null);
  readonly summary = signal('3 things.');
  readonly loading = signal(false);
  readonly ownMessage = signal<string | null>(null);
  readonly retries = signal(0);
}

describe('ListStatus', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  const host = () => fixture.componentInstance;
  const status = () => (fixture.nativeElement as HTMLElement).querySelector('mcm-list-status')!;
  const testId = (id: string) => status().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  async function set(change: (host: Host) => void): Promise<void> {
    change(host());
    await fixture.whenStable();
  }

  it('says what the list holds in a status region, with no alert and no progress bar', () => {
    const summary = testId('things-summary')!;
    expect(summary.getAttribute('role')).toBe('status');
    expect(summary.textContent).toBe('3 things.');
    expect(status().querySelector('[role="alert"]')).toBeNull();
    expect(status().querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows a named progress bar while loading', async () => {
    await set((h) => {
      h.loading.set(true);
      h.summary.set('Loading things…');
    });
    const bar = status().querySelector('mat-progress-bar')!;
    expect(bar.getAttribute('role')).toBe('progressbar');
    expect(bar.getAttribute('aria-label')).toBe('Loading things');
    expect(testId('things-summary')!.textContent).toBe('Loading things…');

    await set((h) => h.loading.set(false));
    expect(status().querySelector('mat-progress-bar')).toBeNull();
  });

  it('shows a failure as one alert, not inside another live region, with "Try again"', async () => {
    await set((h) => {
      h.errorMessage.set('Loading the things failed.');
      h.summary.set('');
    });
    const alert = testId('things-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.querySelector('p')!.textContent).toBe('Loading the things failed.');
    expect(status().querySelectorAll('[role="alert"]').length).toBe(1);
    expect(status().querySelector('[aria-live]')).toBeNull();
    expect(alert.closest('[aria-live]')).toBeNull();

    const button = alert.querySelector('button')!;
    expect(button.textContent?.trim()).toBe('Try again');
    expect(button.type).toBe('button');
    button.click();
    button.click();
    expect(host().retries()).toBe(2);

    await set((h) => h.errorMessage.set(null));
    expect(testId('things-error')).toBeNull();
  });

  it('keeps the order: the failure, then the page’s own messages, the summary, the progress bar', async () => {
    await set((h) => {
      h.errorMessage.set('Loading the things failed.');
      h.ownMessage.set('Deleting the thing failed.');
      h.loading.set(true);
    });
    const order = [...status().querySelectorAll('[data-testid], mat-progress-bar')].map(
      (element) => element.getAttribute('data-testid') ?? element.localName,
    );
    expect(order).toEqual(['things-error', 'own-message', 'things-summary', 'mat-progress-bar']);
  });

  it('leaves test ids off when none are given', async () => {
    const plain = TestBed.createComponent(ListStatus);
    plain.componentRef.setInput('summary', 'No things.');
    plain.componentRef.setInput('loadingLabel', 'Loading things');
    plain.componentRef.setInput('errorMessage', 'Failed.');
    plain.autoDetectChanges();
    await plain.whenStable();
    const element = plain.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid]')).toBeNull();
    expect(element.querySelector('[role="status"]')!.textContent).toBe('No things.');
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
  });
});
