import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { firstLoginErrorMessage } from '../first-login-messages';
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
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatProgressBar],
  templateUrl: './terms-page.html',
  styleUrl: './terms-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TermsPage {
  private readonly store = inject(Store);

  protected readonly terms = this.store.selectSignal(firstLoginFeature.selectTerms);
  protected readonly loading = this.store.selectSignal(firstLoginFeature.selectLoading);
  protected readonly submitting = this.store.selectSignal(firstLoginFeature.selectSubmitting);
  private readonly error = this.store.selectSignal(firstLoginFeature.selectError);

  protected readonly paragraphs = computed(() => termsParagraphs(this.terms()?.text ?? ''));
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? firstLoginErrorMessage(error) : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    accepted: [false, Validators.requiredTrue],
  });

  constructor() {
    this.store.dispatch(TermsPageActions.opened());
  }

  protected acceptTerms(): void {
    const terms = this.terms();
    if (this.submitting() || !terms) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.store.dispatch(TermsPageActions.accepted({ version: terms.version }));
  }

  protected reloadTerms(): void {
    this.store.dispatch(TermsPageActions.retryClicked());
  }
}
