import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StepSubmit } from './step-submit';

@Component({
  selector: 'mcm-step-submit-host',
  imports: [StepSubmit],
  template: `
    <form class="step__form" style="display: flex; flex-direction: column">
      <mcm-step-submit
        [submitting]="submitting()"
        label="Save and continue"
        progressLabel="Saving"
      />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly submitting = signal(false);
}

describe('StepSubmit', () => {
  async function create(submitting: boolean) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.submitting.set(submitting);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    return {
      button: page.querySelector<HTMLButtonElement>('button[type="submit"]')!,
      host: page.querySelector<HTMLElement>('mcm-step-submit')!,
      progress: () => page.querySelector('mat-progress-bar'),
    };
  }

  it('is the form’s submit button, with the step’s label', async () => {
    const { button, progress } = await create(false);
    expect(button.textContent?.trim()).toBe('Save and continue');
    expect(button.disabled).toBeFalse();
    expect(progress()).toBeNull();
  });

  it('while saving: disabled, "Saving…", and a labelled progress bar', async () => {
    const { button, progress } = await create(true);
    expect(button.disabled).toBeTrue();
    expect(button.textContent?.trim()).toBe('Saving…');
    expect(progress()?.getAttribute('aria-label')).toBe('Saving');
  });

  it('lays the button out as an item of the form, at the step’s button height', async () => {
    const { button, host } = await create(false);
    expect(getComputedStyle(host).display).toBe('contents');
    expect(getComputedStyle(button).height).toBe('48px');
  });
});
