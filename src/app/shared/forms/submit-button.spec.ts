import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SubmitButton } from './submit-button';

@Component({
  selector: 'mcm-submit-button-host',
  imports: [SubmitButton],
  template: `
    <form style="display: flex; flex-direction: column">
      <mcm-submit-button [busy]="busy()" label="Save and continue" progressLabel="Saving" tall />
      <mcm-submit-button [busy]="busy()" label="Save name" />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly busy = signal(false);
}

describe('SubmitButton', () => {
  async function create(busy: boolean) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.busy.set(busy);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const [step, plain] = page.querySelectorAll<HTMLButtonElement>('button[type="submit"]');
    return {
      step,
      plain,
      host: page.querySelector<HTMLElement>('mcm-submit-button')!,
      progress: () => [...page.querySelectorAll('mat-progress-bar')],
    };
  }

  it('is the form’s submit button, with its label', async () => {
    const { step, plain, progress } = await create(false);
    expect(step.textContent?.trim()).toBe('Save and continue');
    expect(plain.textContent?.trim()).toBe('Save name');
    expect(step.disabled).toBeFalse();
    expect(progress()).toEqual([]);
  });

  it('while busy: disabled, "Saving…", and a labelled progress bar when asked for', async () => {
    const { step, plain, progress } = await create(true);
    expect(step.disabled).toBeTrue();
    expect(plain.disabled).toBeTrue();
    expect(step.textContent?.trim()).toBe('Saving…');
    expect(plain.textContent?.trim()).toBe('Saving…');
    expect(progress().map((bar) => bar.getAttribute('aria-label'))).toEqual(['Saving']);
  });

  it('lays the button out as an item of the form; a tall one is 3rem high', async () => {
    const { step, plain, host } = await create(false);
    expect(getComputedStyle(host).display).toBe('contents');
    expect(getComputedStyle(step).height).toBe('48px');
    expect(getComputedStyle(plain).height).not.toBe('48px');
  });
});
