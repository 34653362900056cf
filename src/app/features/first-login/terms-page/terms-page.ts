import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressBar } from '@angular/material/progress-bar';
import { readyToSubmit } from '../../../shared/forms/form-submit';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { FirstLoginStep } from '../first-login-step/first-login-step';
import { injectStepState } from '../first-login-step/step-state';
import { TermsPageActions } from '../state/first-login.actions';
import { firstLoginFeature } from '../state/first-login.feature';

/** Plain-text paragraphs: the terms are never rendered as HTML. */
export function termsParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** Forced step: the current Terms and Conditions, accepted with an explicit checkbox. */
@Component({
  selector: 'mcm-terms-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatProgressBar,
    FirstLoginStep,
    SubmitButton,
  ],
  templateUrl: './terms-page.html',
  styleUrl: './terms-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TermsPage {
  protected readonly step = injectStepState();
  private readonly store = this.step.store;

  protected readonly terms = this.store.selectSignal(firstLoginFeature.selectTerms);

  protected readonly paragraphs = computed(() => termsParagraphs(this.terms()?.text ?? ''));

  protected readonly form = inject(NonNullableFormBuilder).group({
    accepted: [false, Validators.requiredTrue],
  });

  constructor() {
    this.store.dispatch(TermsPageActions.opened());
  }

  protected acceptTerms(): void {
    const terms = this.terms();
    if (!terms || !readyToSubmit(this.form, this.step.submitting())) return;
    this.store.dispatch(TermsPageActions.accepted({ version: terms.version }));
  }

  protected reloadTerms(): void {
    this.store.dispatch(TermsPageActions.retryClicked());
  }
}
